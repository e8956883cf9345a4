package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A car left the park ({@code POST parking/internal/leave}, multipart). Repeats the entry's fields
 * (same {@code parkingSerial} and {@code enterTime}) and adds the exit and the money. P云 ignores a
 * repeated {@code parkingSerial}.
 *
 * <pre>{@code
 * client.leave(LeaveRequest.builder()
 *     .parkingSerial("E20240601-0001").plate("粤B12345").plateColor(PlateColor.BLUE)
 *     .enterTime(entered).carType(CarType.TEMPORARY).carDesc("临停").chargeType("1")
 *     .leaveTime(Instant.now()).totalValueFen(500).cashValueFen(500)
 *     .addPayments(LeavePayment.builder().payType(PayType.CASH).valueFen(500).build())
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class LeaveRequest implements Passage {
  @Override
  @Value.Redacted
  public abstract @Nullable String idcardNo();

  /**
   * When the car left ({@code leave_time}, epoch milliseconds).
   *
   * @return when the car left (epoch milliseconds on the wire)
   */
  public abstract Instant leaveTime();

  /**
   * URL of an exit photo ({@code leave_image}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return URL of an exit photo, or {@code null}
   */
  public abstract @Nullable String leaveImageUrl();

  /**
   * Exit photo uploaded as a file ({@code leave_image_file} + {@code leave_image_hash}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return exit photo uploaded as a file, or {@code null}
   */
  public abstract @Nullable ImageFile leaveImage();

  /**
   * Cropped plate photo of the exit ({@code leave_plate_image_file} + hash).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return cropped plate photo of the exit, or {@code null}
   */
  public abstract @Nullable ImageFile leavePlateImage();

  /**
   * Exit name ({@code leave_gate}). Optional: {@code null} (the default) leaves it out.
   *
   * @return exit name, or {@code null}
   */
  public abstract @Nullable String leaveGate();

  /**
   * Guard on duty at the exit ({@code leave_security}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return guard on duty at the exit, or {@code null}
   */
  public abstract @Nullable String leaveSecurity();

  /**
   * Why the exit barrier was opened by hand ({@code leave_release_reason}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return why the exit barrier was opened by hand, or {@code null}
   */
  public abstract @Nullable String leaveReleaseReason();

  /**
   * Total parking fee, in fen ({@code total_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return total parking fee, in fen, or {@code null}
   */
  public abstract @Nullable Long totalValueFen();

  /**
   * Total discount, in fen ({@code free_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return total discount, in fen, or {@code null}
   */
  public abstract @Nullable Long freeValueFen();

  /**
   * Paid online, in fen ({@code online_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return paid online, in fen, or {@code null}
   */
  public abstract @Nullable Long onlineValueFen();

  /**
   * Taken from a stored-value card, in fen ({@code balance_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return taken from a stored-value card, in fen, or {@code null}
   */
  public abstract @Nullable Long balanceValueFen();

  /**
   * Paid in cash, in fen ({@code cash_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return paid in cash, in fen, or {@code null}
   */
  public abstract @Nullable Long cashValueFen();

  /**
   * Charged after leaving ("先出后扣"), in fen ({@code prepaid_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return charged after leaving ("先出后扣"), in fen, or {@code null}
   */
  public abstract @Nullable Long prepaidValueFen();

  /**
   * The payments of the stay ({@code payment_list}, sent as JSON text).
   *
   * @return the payments of the stay
   */
  public abstract List<LeavePayment> payments();

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
    ModelChecks.passage(this);
    ModelChecks.notNegative("totalValueFen", totalValueFen());
    ModelChecks.notNegative("freeValueFen", freeValueFen());
    ModelChecks.notNegative("onlineValueFen", onlineValueFen());
    ModelChecks.notNegative("balanceValueFen", balanceValueFen());
    ModelChecks.notNegative("cashValueFen", cashValueFen());
    ModelChecks.notNegative("prepaidValueFen", prepaidValueFen());
    if (leaveTime().isBefore(enterTime())) {
      throw new ValidationException("leaveTime", "must not be before enterTime");
    }
  }

  /**
   * A builder that starts from this value, to change a few fields of a copy.
   *
   * @return a builder holding this request
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from(this);
    return b;
  }

  /**
   * Starts an empty {@code LeaveRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LeaveRequest}. */
  public static final class Builder extends ImmutableLeaveRequest.Builder {}
}
