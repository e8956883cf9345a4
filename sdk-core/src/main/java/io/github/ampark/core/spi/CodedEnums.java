package io.github.ampark.core.spi;

import io.github.ampark.core.CodedEnum;

import io.github.ampark.core.Nullable;
import java.util.HashMap;
import java.util.Map;

/** Lookup of {@link CodedEnum} constants by vendor code. */
public final class CodedEnums {
  private static final ClassValue<Map<String, Object>> BY_CODE =
      new ClassValue<Map<String, Object>>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> map = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            String code = ((CodedEnum) constant).code();
            if (code != null) {
              map.put(code, constant);
            }
          }
          return map;
        }
      };

  private CodedEnums() {}

  /**
   * The matching constant, or {@code unknown}.
   *
   * @param type the enum class
   * @param code the vendor's code as received (surrounding whitespace ignored), possibly {@code
   *     null}
   * @param unknown the constant to return for a code this enum does not know
   * @param <E> the enum type
   * @return the matching constant, or {@code unknown}
   */
  public static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, @Nullable String code, E unknown) {
    if (code == null) {
      return unknown;
    }
    Object constant = BY_CODE.get(type).get(code.trim());
    return constant == null ? unknown : type.cast(constant);
  }
}
