package io.github.ampark.yinli.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;

/**
 * Header names and values as HTTP allows them (visible ASCII, and spaces or tabs inside a value),
 * checked when a setting is made so that OkHttp never refuses one later with a message that
 * prints it. Messages name the field and never echo the value: these are often credentials.
 */
public final class HeaderChecks {
  private HeaderChecks() {}

  /**
   * @param field the setting's name
   * @param value a header value
   * @return the value, if non-blank visible ASCII (spaces and tabs inside allowed)
   * @throws ValidationException naming {@code field}, without the value
   */
  public static String value(String field, @Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || (c >= 0x20 && c <= 0x7e)) {
        continue;
      }
      throw new ValidationException(field, "must be printable ASCII for an HTTP header: character " + (i + 1) + " of "
          + value.length() + " is " + (c == '\r' ? "CR" : c == '\n' ? "LF" : c == 0 ? "NUL" : c < 0x20 || c == 0x7f ? "a control character" : "not ASCII"));
    }
    if (value.charAt(0) == ' ' || value.charAt(0) == '\t' || value.charAt(value.length() - 1) == ' '
        || value.charAt(value.length() - 1) == '\t') {
      throw new ValidationException(field, "must not start or end with white space");
    }
    return value;
  }

  /**
   * @param field the setting's name
   * @param name a header name
   * @return the name, if an HTTP token
   */
  public static String name(String field, @Nullable String name) {
    if (name == null || name.isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        throw new ValidationException(field, "must be an HTTP header name (letters, digits, '-' and the like): character "
            + (i + 1) + " of " + name.length() + " is not allowed");
      }
    }
    return name;
  }
}
