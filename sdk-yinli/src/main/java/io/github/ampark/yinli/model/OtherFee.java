package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One entry of a reading's {@code otherFeeDataList}: a fee other than electricity (both fields
 * required).
 *
 * <pre>{@code
 * OtherFee service = OtherFee.of("SERVICE", new BigDecimal("12.50"));
 * }</pre>
 *
 * <p><b>UNKNOWN:</b> the fee type codes and the amount's unit (fen or yuan) are not published; the
 * type is sent as the text you give, the amount as a JSON number written exactly as your {@code
 * BigDecimal} (plain notation, your scale). Agree both with Yinli before going live.
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"otherFeeType", "otherFeeAmount"})
public abstract class OtherFee {
  OtherFee() {}

  /**
   * The fee's type code as Yinli names it; wire {@code otherFeeType}. Values UNKNOWN.
   *
   * @return the fee's type code as Yinli names it
   */
  @JsonProperty("otherFeeType")
  public abstract String otherFeeType();

  /**
   * The fee; wire {@code otherFeeAmount}. Unit UNKNOWN (fen or yuan): send what Yinli tells you.
   *
   * @return the fee
   */
  @JsonProperty("otherFeeAmount")
  public abstract BigDecimal otherFeeAmount();

  @Value.Check
  void check() {
    Checks.notBlank("otherFeeType", otherFeeType());
    io.github.ampark.yinli.internal.Fields.decimal("otherFeeAmount", otherFeeAmount());
  }

  /**
   * One fee other than electricity, for {@link MeterReading#otherFees()}.
   *
   * @param otherFeeType the fee's type code as Yinli names it (values UNKNOWN)
   * @param otherFeeAmount the fee, in the unit Yinli expects (UNKNOWN: fen or yuan), written as given
   * @return the entry
   * @throws io.github.ampark.core.ValidationException when a value is {@code null}, blank or too large
   */
  public static OtherFee of(String otherFeeType, BigDecimal otherFeeAmount) {
    return builder().otherFeeType(otherFeeType).otherFeeAmount(otherFeeAmount).build();
  }

  /**
   * Starts a value; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link OtherFee}. */
  public static final class Builder extends ImmutableOtherFee.Builder {}
}
