package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A renewal (recharge) of a fixed vehicle's card recorded by the park, as synced to P云
 * ({@code ParkingVIP} row of {@code parking/internal/vip/recharge}).
 *
 * <pre>{@code
 * VipRenewal r = VipRenewal.builder().plate("粤X33333").plateColor(PlateColor.BLUE)
 *     .cardNo("ID000001").cardId("ID000001").chargeType("101").vipType(VipType.MONTHLY)
 *     .quantity(1).payPartner("pay_partner_1234567890").payType(PayType.CASH).value(30L)
 *     .payTime(paid).payValueFen(10000L).operator("张三").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class VipRenewal {
  /**
   * Licence plate ({@code plate}).
   *
   * @return licence plate
   */
  public abstract String plate();

  /**
   * Plate colour ({@code plate_color}).
   *
   * @return plate colour
   */
  public abstract PlateColor plateColor();

  /**
   * Logical card number ({@code card_no}). Optional: {@code null} (the default) leaves it out.
   *
   * @return logical card number, or {@code null}
   */
  public abstract @Nullable String cardNo();

  /**
   * Physical card id ({@code card_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return physical card id, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * Charge rule id ({@code charge_type}).
   *
   * @return charge rule id
   */
  public abstract String chargeType();

  /**
   * Kind of card ({@code vip_type}).
   *
   * @return kind of card
   */
  public abstract VipType vipType();

  /**
   * How many units were bought: months, quarters, years… ({@code quantity}).
   *
   * @return how many units were bought: months, quarters, years…
   */
  public abstract int quantity();

  /**
   * The park's order number of the renewal, unique per park ({@code pay_partner}).
   *
   * @return the park's order number of the renewal, unique per park
   */
  public abstract String payPartner();

  /**
   * How it was paid: {@link PayType#CASH} or {@link PayType#ONLINE} ({@code pay_type}).
   *
   * @return how it was paid: {@link PayType#CASH} or {@link PayType#ONLINE}
   */
  public abstract PayType payType();

  /**
   * Face value in the card's unit: fen for a stored-value card, visits for a counted card, days for
   * a time card ({@code value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return face value in the card's unit: fen for a stored-value card, visits for a counted card,
   *     days for a time card, or {@code null}
   */
  public abstract @Nullable Long value();

  /**
   * When it was paid ({@code pay_time}, epoch milliseconds). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return when it was paid (epoch milliseconds on the wire), or {@code null}
   */
  public abstract @Nullable Instant payTime();

  /**
   * Start of the renewed period ({@code renewal_start_time}, UTC ISO). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return start of the renewed period (UTC ISO on the wire), or {@code null}
   */
  public abstract @Nullable Instant renewalStartTime();

  /**
   * End of the renewed period ({@code renewal_end_time}, UTC ISO). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return end of the renewed period (UTC ISO on the wire), or {@code null}
   */
  public abstract @Nullable Instant renewalEndTime();

  /**
   * Amount paid, in fen ({@code pay_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return amount paid, in fen, or {@code null}
   */
  public abstract @Nullable Long payValueFen();

  /**
   * Operator ({@code operator}). Optional: {@code null} (the default) leaves it out.
   *
   * @return operator, or {@code null}
   */
  public abstract @Nullable String operator();

  /**
   * Fields this SDK has no typed property for (real traffic carries more than the documents):
   * wire name → raw text, signed and sent like the rest — among a form's fields in name order;
   * after the typed fields of
   * a JSON object, in name order. Names are 1–64 of {@code [A-Za-z0-9_.-]}, never {@code sign} nor
   * a field the request already sets. Empty by default.
   *
   * @return fields this SDK has no typed property for (real traffic carries more than the
   *     documents): wire name → raw text, signed and sent like the rest — among a form's fields in
   *     name order
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    ModelChecks.extraFields(extraFields());
    Checks.notBlank("plate", plate());
    ModelChecks.known("plateColor", plateColor());
    Checks.notBlank("chargeType", chargeType());
    ModelChecks.known("vipType", vipType());
    Checks.positive("quantity", quantity());
    Checks.notBlank("payPartner", payPartner());
    if (payType().isKnown() && !payType().equals(PayType.CASH) && !payType().equals(PayType.ONLINE)) {
      throw new ValidationException("payType", "must be CASH, ONLINE or a code 4pyun added (was " + payType() + ")");
    }
    ModelChecks.notNegative("payValueFen", payValueFen());
    if (renewalStartTime() != null && renewalEndTime() != null && renewalEndTime().isBefore(renewalStartTime())) {
      throw new ValidationException("renewalEndTime", "must not be before renewalStartTime");
    }
  }

  /**
   * Starts an empty {@code VipRenewal} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VipRenewal}. */
  public static final class Builder extends ImmutableVipRenewal.Builder {}
}
