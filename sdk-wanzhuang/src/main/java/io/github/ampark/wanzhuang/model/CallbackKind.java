package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The four callbacks wz-open sends, named by the last path segment Wanzhuang appends to your
 * callback URL ({@code <callback_url>/start_power} …).
 */
public enum CallbackKind implements CodedEnum {
  /** {@code start_power}: a charge started (form). */
  START_POWER("start_power"),
  /** {@code finish_order}: a charge ended, the bill (form); may be reported several times. */
  FINISH_ORDER("finish_order"),
  /** {@code icc_pay_req}: an online card was swiped (form). */
  ICC_PAY_REQ("icc_pay_req"),
  /** {@code offline_profit}: running totals of coin and card income (multipart; in development). */
  OFFLINE_PROFIT("offline_profit"),
  /** Any other path. */
  UNKNOWN(null);

  private final @Nullable String code;

  CallbackKind(@Nullable String code) {
    this.code = code;
  }

  /**
   * The kind named by a callback path's last segment.
   *
   * @param segment the last path segment, e.g. {@code finish_order}; may be {@code null}
   * @return the kind, or {@link #UNKNOWN} for any other segment or {@code null}
   */
  public static CallbackKind of(@Nullable String segment) {
    return CodedEnums.fromCode(CallbackKind.class, segment, UNKNOWN);
  }

  /**
   * The path segment Wanzhuang appends to your callback URL for this kind, e.g. {@code start_power}.
   *
   * @return the segment, or {@code null} for {@link #UNKNOWN}
   */
  @Override
  public @Nullable String code() {
    return code;
  }
}
