package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * State of a synced VIP or blacklist record ({@code status}). Unknown codes map to {@link
 * #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * RecordStatus.DELETED.code(); // "-1"
 * RecordStatus.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum RecordStatus implements CodedEnum {
  /** 正常 ({@code 1}). */
  ACTIVE("1"),
  /** 停用 ({@code 0}). */
  DISABLED("0"),
  /** 删除 ({@code -1}). */
  DELETED("-1"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  RecordStatus(@Nullable String code) {
    this.code = code;
  }

  /** The vendor's code; {@code null} for {@link #UNKNOWN}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * @param code the vendor's code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static RecordStatus fromCode(@Nullable String code) {
    return CodedEnums.fromCode(RecordStatus.class, code, UNKNOWN);
  }
}
