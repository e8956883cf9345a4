package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.time.TimeFormat;
import java.time.Instant;

/** Value-to-wire-text conversions shared by forms and JSON rows. */
final class Wire {
  private Wire() {}

  static @Nullable String code(String field, @Nullable CodedEnum value) {
    if (value == null) {
      return null;
    }
    if (value.code() == null) {
      throw new ValidationException(field, "must be a known value, not UNKNOWN");
    }
    return value.code();
  }

  static @Nullable String millis(@Nullable Instant t) {
    return t == null ? null : TimeFormat.EPOCH_MILLIS.format(t);
  }

  static @Nullable String iso(@Nullable Instant t) {
    return t == null ? null : TimeFormat.UTC_ISO.format(t);
  }

  static @Nullable String number(@Nullable Number n) {
    return n == null ? null : n.toString();
  }
}
