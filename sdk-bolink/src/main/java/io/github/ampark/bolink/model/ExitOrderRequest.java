package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A car leaving a car park (3.2 提交停车出场记录, {@code /unionapi/neworder/updateorder}).
 *
 * <pre>{@code
 * ExitOrderRequest exit = ExitOrderRequest.builder()
 *     .parkId("1001").orderId("A1_2C1717754731").carNumber("京A12345")
 *     .inTime(Instant.ofEpochSecond(1717754731)).outTime(Instant.ofEpochSecond(1717760000))
 *     .payType(PayType.CASH).totalYuan(new BigDecimal("12.50")).emptyPlot(56)
 *     .build();
 * client.exitOrder(exit);
 * }</pre>
 *
 * <p>{@code totalYuan} is what the driver paid at the exit, without what was prepaid or reduced.
 * {@code authCode} is required when {@code payType} is {@link PayType#SWEEPCODE}.
 */
@Value.Immutable
@AmparkStyle
public abstract class ExitOrderRequest {
  /** {@code park_id}: the car park's Bolink number. */
  public abstract String parkId();

  /** {@code order_id}: your order number for this stay; the key the order is found by again. */
  public abstract String orderId();

  /** {@code car_number}: the plate, e.g. {@code 京A12345}. */
  public abstract String carNumber();

  /** {@code in_time}, optional. */
  public abstract @Nullable Instant inTime();

  /** {@code out_time}. */
  public abstract Instant outTime();

  /** {@code pay_type}. */
  public abstract PayType payType();

  /** {@code total}: yuan paid at the exit, excluding prepaid and reduced amounts (at most two decimals). */
  public abstract BigDecimal totalYuan();

  /** {@code empty_plot}: free spaces left in the car park. */
  public abstract int emptyPlot();

  /** {@code auth_code}: the driver's payment code, required for {@link PayType#SWEEPCODE}. */
  @Value.Redacted
  public abstract @Nullable String authCode();

  /** {@code remark}: free remarks, sent as a JSON object; left out when empty. */
  public abstract Map<String, String> remark();

  /** {@code outpark_img}: URL of the exit picture. */
  public abstract @Nullable String outParkImageUrl();

  /** {@code out_channel_id}: the exit lane. */
  public abstract @Nullable String outChannelId();

  /** {@code license_color}. */
  public abstract @Nullable LicenseColor licenseColor();

  @Value.Check
  void check() {
    Validation.optionalTime("inTime", inTime());
    Validation.time("outTime", outTime());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("orderId", orderId());
    Checks.notBlank("carNumber", carNumber());
    Checks.notNegative("emptyPlot", emptyPlot());
    Validation.yuan("totalYuan", totalYuan(), false);
    Validation.known("payType", payType());
    Validation.known("licenseColor", licenseColor());
    if (inTime() != null && inTime().isAfter(outTime())) {
      throw new ValidationException("inTime", "must not be after outTime");
    }
    if (payType() == PayType.SWEEPCODE) {
      Checks.notBlank("authCode", authCode());
    }
    if (outParkImageUrl() != null) {
      Checks.httpUrl("outParkImageUrl", outParkImageUrl());
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExitOrderRequest}. */
  public static final class Builder extends ImmutableExitOrderRequest.Builder {}
}
