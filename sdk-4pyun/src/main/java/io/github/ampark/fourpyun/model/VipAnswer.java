package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One fixed-vehicle card returned to {@code service.parking.vip.query} (official sample
 * {@code ParkingVIP}). Its dates are calendar days ({@code yyyyMMdd} on the wire).
 *
 * <pre>{@code
 * VipAnswer.builder().realname("姓名").plate("川A12345").type(VipType.MONTHLY)
 *     .chargeType("MON_A").chargeDesc("月卡A").chargePriceFen(10000L).balance(100).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class VipAnswer {
  /** Owner's name. */
  public abstract String realname();

  /** Plate. */
  public abstract String plate();

  /** Logical card number. */
  public abstract @Nullable String cardNo();

  /** Physical card id. */
  public abstract @Nullable String cardId();

  /** Charge rule id, e.g. {@code MON_A}. */
  public abstract String chargeType();

  /** Charge rule description, e.g. {@code 月卡B}. */
  public abstract String chargeDesc();

  /** Unit price of a renewal, in fen. */
  public abstract @Nullable Long chargePriceFen();

  /** Owner's phone; redacted. */
  @Value.Redacted
  public abstract @Nullable String mobile();

  /** Owner's identity card number; redacted. */
  @Value.Redacted
  public abstract @Nullable String idCard();

  /** Day the card was issued. */
  public abstract @Nullable LocalDate createDate();

  /** Day it expires. */
  public abstract @Nullable LocalDate expireDate();

  /** Kind of card. */
  public abstract VipType type();

  /** Balance in the card's unit: fen (stored value), visits, or days left. */
  public abstract long balance();

  @Value.Check
  void check() {
    Checks.notBlank("realname", realname());
    Checks.notBlank("plate", plate());
    Checks.notBlank("chargeType", chargeType());
    Checks.notBlank("chargeDesc", chargeDesc());
    ModelChecks.known("type", type());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VipAnswer}. */
  public static final class Builder extends ImmutableVipAnswer.Builder {}
}
