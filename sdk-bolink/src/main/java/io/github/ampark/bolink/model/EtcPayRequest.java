package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An ETC deduction for a leaving car (3.7 ETC支付接口, {@code /unionapi/etcPayApi}).
 *
 * <pre>{@code
 * client.etcPay(EtcPayRequest.builder()
 *     .parkId("123").orderId("order1658996957").carNumber("京A00001")
 *     .inTime(in).outTime(out).payType(EtcPayType.JYYH)
 *     .totalOriginalYuan(new BigDecimal("0.01")).totalYuan(new BigDecimal("0.01"))
 *     .outChannelId("2")
 *     .build());
 * }</pre>
 *
 * <p>As the document says, {@code union_id} goes next to {@code sign} at the top level of the
 * body, not inside {@code data}.
 */
@Value.Immutable
@AmparkStyle
public abstract class EtcPayRequest {
  /** {@code park_id}. */
  public abstract String parkId();

  /** {@code order_id}. */
  public abstract String orderId();

  /** {@code car_number}. */
  public abstract String carNumber();

  /** {@code in_time}. */
  public abstract Instant inTime();

  /** {@code out_time}. */
  public abstract Instant outTime();

  /** {@code pay_type}: the ETC provider. */
  public abstract EtcPayType payType();

  /** {@code empty_plot}, optional. */
  public abstract @Nullable Integer emptyPlot();

  /** {@code total_original}: yuan before discounts. */
  public abstract BigDecimal totalOriginalYuan();

  /** {@code total}: yuan to deduct. */
  public abstract BigDecimal totalYuan();

  /** {@code out_channel_id}, optional. */
  public abstract @Nullable String outChannelId();

  /** {@code license_color}, optional. */
  public abstract @Nullable LicenseColor licenseColor();

  @Value.Check
  void check() {
    Validation.time("inTime", inTime());
    Validation.time("outTime", outTime());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("orderId", orderId());
    Checks.notBlank("carNumber", carNumber());
    Validation.known("payType", payType());
    Validation.known("licenseColor", licenseColor());
    Validation.yuan("totalOriginalYuan", totalOriginalYuan(), false);
    Validation.yuan("totalYuan", totalYuan(), false);
    if (inTime().isAfter(outTime())) {
      throw new ValidationException("inTime", "must not be after outTime");
    }
    if (emptyPlot() != null) {
      Checks.notNegative("emptyPlot", emptyPlot());
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EtcPayRequest}. */
  public static final class Builder extends ImmutableEtcPayRequest.Builder {}
}
