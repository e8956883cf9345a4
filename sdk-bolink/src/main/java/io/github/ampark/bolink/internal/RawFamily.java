package io.github.ampark.bolink.internal;

/** Request tag: the legacy (family C) signature instead of the family A envelope. */
public enum RawFamily {
  /** Sorted {@code k=v&…key=} signature added as a {@code sign} member of the flat JSON body. */
  LEGACY
}
