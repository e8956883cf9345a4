package io.github.ampark.core;

/**
 * An enum whose constants stand for vendor codes. Model types keep the raw code next to the enum
 * so a code this SDK version does not know yet maps to {@code UNKNOWN} without losing the value:
 *
 * <pre>{@code
 * enum OrderStatus implements CodedEnum {
 *   PAID("1"), SUCCESS("2"), UNKNOWN(null);
 *   ...
 *   static OrderStatus of(String code) { return CodedEnums.fromCode(OrderStatus.class, code, UNKNOWN); }
 * }
 * }</pre>
 */
public interface CodedEnum {
  /**
   * The vendor's code for this constant; {@code null} only for the {@code UNKNOWN} constant.
   *
   * @return the vendor's code for this constant; {@code null} only for the {@code UNKNOWN} constant
   */
  String code();
}
