package io.github.ampark.core;

/**
 * How much of each HTTP exchange is logged through SLF4J (logger {@code io.github.ampark.http.<vendor>},
 * level INFO). Secrets, signatures, {@code Authorization} and configured sensitive fields are
 * redacted at every level.
 */
public enum LogLevel {
  /** Nothing. */
  NONE,
  /** Request line, attempt number, response status and duration. */
  BASIC,
  /** {@link #BASIC} plus redacted headers. */
  HEADERS,
  /** {@link #HEADERS} plus redacted bodies (form, query and JSON fields). */
  BODY
}
