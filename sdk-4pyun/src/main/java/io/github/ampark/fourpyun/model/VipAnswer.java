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
  /**
   * Owner's name ({@code realname}).
   *
   * @return owner's name
   */
  public abstract String realname();

  /**
   * Plate ({@code plate}).
   *
   * @return plate
   */
  public abstract String plate();

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
   * Charge rule id, e.g. {@code MON_A} ({@code charge_type}).
   *
   * @return charge rule id, e.g. {@code MON_A}
   */
  public abstract String chargeType();

  /**
   * Charge rule description, e.g. {@code 月卡B} ({@code charge_desc}).
   *
   * @return charge rule description, e.g. {@code 月卡B}
   */
  public abstract String chargeDesc();

  /**
   * Unit price of a renewal, in fen ({@code charge_price}). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return unit price of a renewal, in fen, or {@code null}
   */
  public abstract @Nullable Long chargePriceFen();

  /**
   * Owner's phone ({@code mobile}); redacted. Optional: {@code null} (the default) leaves it out.
   *
   * @return owner's phone, or {@code null}
   */
  @Value.Redacted
  public abstract @Nullable String mobile();

  /**
   * Owner's identity card number ({@code id_card}); redacted. Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return owner's identity card number, or {@code null}
   */
  @Value.Redacted
  public abstract @Nullable String idCard();

  /**
   * Day the card was issued. Optional: {@code null} (the default) leaves it out.
   *
   * @return day the card was issued, or {@code null}
   */
  public abstract @Nullable LocalDate createDate();

  /**
   * Day it expires. Optional: {@code null} (the default) leaves it out.
   *
   * @return day it expires, or {@code null}
   */
  public abstract @Nullable LocalDate expireDate();

  /**
   * Kind of card ({@code type}).
   *
   * @return kind of card
   */
  public abstract VipType type();

  /**
   * Balance in the card's unit: fen (stored value), visits, or days left ({@code balance}).
   *
   * @return balance in the card's unit: fen (stored value), visits, or days left
   */
  public abstract long balance();

  @Value.Check
  void check() {
    Checks.notBlank("realname", realname());
    Checks.notBlank("plate", plate());
    Checks.notBlank("chargeType", chargeType());
    Checks.notBlank("chargeDesc", chargeDesc());
    ModelChecks.known("type", type());
  }

  /**
   * Starts an empty {@code VipAnswer} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VipAnswer}. */
  public static final class Builder extends ImmutableVipAnswer.Builder {}
}
