package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A fixed vehicle (月卡, 储值卡, whitelist…) as synced to P云 ({@code ParkingVIP} row of
 * {@code parking/internal/vip}). Send the whole stock once with a {@link SyncMode#FULL} sync, then
 * changes as they happen.
 *
 * <pre>{@code
 * Vip v = Vip.builder().plate("粤X33333").plateColor(PlateColor.BLUE).chargeType("101")
 *     .chargeDesc("月卡A").status(RecordStatus.ACTIVE).type(VipType.MONTHLY).balance(365)
 *     .createTime(issued).expireTime(expires).realname("张三").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class Vip {
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
   * Charge rule id, as {@code service.parking.charge_type.list} returns it ({@code charge_type}).
   *
   * @return charge rule id, as {@code service.parking.charge_type.list} returns it
   */
  public abstract String chargeType();

  /**
   * Description of the charge rule, e.g. {@code 月卡A} ({@code charge_desc}).
   *
   * @return description of the charge rule, e.g. {@code 月卡A}
   */
  public abstract String chargeDesc();

  /**
   * Active, disabled or deleted ({@code status}).
   *
   * @return active, disabled or deleted
   */
  public abstract RecordStatus status();

  /**
   * When the card was issued ({@code create_time}, epoch milliseconds).
   *
   * @return when the card was issued (epoch milliseconds on the wire)
   */
  public abstract Instant createTime();

  /**
   * When it expires ({@code expire_time}, epoch milliseconds).
   *
   * @return when it expires (epoch milliseconds on the wire)
   */
  public abstract Instant expireTime();

  /**
   * Kind of card ({@code type}).
   *
   * @return kind of card
   */
  public abstract VipType type();

  /**
   * What is left on the card, in the card's own unit: fen for a stored-value card, visits for a
   * counted card, days for time cards (0 when it expires today); {@code balance} on the wire.
   *
   * @return what is left on the card, in the card's own unit: fen for a stored-value card, visits
   *     for a counted card, days for time cards (0 when it expires today)
   */
  public abstract long balance();

  /**
   * Owner's name ({@code realname}).
   *
   * @return owner's name
   */
  public abstract String realname();

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
   * Owner's company or home ({@code address}). Optional: {@code null} (the default) leaves it out.
   *
   * @return owner's company or home, or {@code null}
   */
  public abstract @Nullable String address();

  /**
   * Parking space number ({@code park_space_no}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return parking space number, or {@code null}
   */
  public abstract @Nullable String parkSpaceNo();

  /**
   * Operator who made the change ({@code operator}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return operator who made the change, or {@code null}
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
    Checks.notBlank("chargeDesc", chargeDesc());
    ModelChecks.known("status", status());
    ModelChecks.known("type", type());
    Checks.notBlank("realname", realname());
    if (expireTime().isBefore(createTime())) {
      throw new ValidationException("expireTime", "must not be before createTime");
    }
  }

  /**
   * Starts an empty {@code Vip} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Vip}. */
  public static final class Builder extends ImmutableVip.Builder {}
}
