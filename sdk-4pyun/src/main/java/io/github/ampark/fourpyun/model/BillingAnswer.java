package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The bill a park returns to {@code service.parking.payment.billing} (official sample
 * {@code ParkingBillingResponse}). {@code payValueFen} is what the driver pays now: total minus
 * discount minus what was paid before; return 0 rather than a negative amount.
 *
 * <pre>{@code
 * GatewayReply.billing(BillingAnswer.builder().plate("川A12345").parkingSerial("123")
 *     .parkingOrder("PO-123-1").enterTime(entered).parkingTime(Duration.ofMinutes(95))
 *     .totalValueFen(1000).freeValueFen(0).paidValueFen(0).payValueFen(1000).build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class BillingAnswer {
  /**
   * The recognised plate ({@code plate}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the recognised plate, or {@code null}
   */
  public abstract @Nullable String plate();

  /**
   * A virtual card id / plate for a car without plate ({@code card_id}). Optional: {@code null}
   * (the default) leaves it out.
   *
   * @return a virtual card id / plate for a car without plate, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * The stay, unique per park ({@code parking_serial}).
   *
   * @return the stay, unique per park
   */
  public abstract String parkingSerial();

  /**
   * The park's order number of this payment, unique per park (never reused); {@code parking_order}
   * on the wire.
   *
   * @return the park's order number of this payment, unique per park (never reused)
   */
  public abstract String parkingOrder();

  /**
   * When the car entered ({@code yyyyMMddHHmmss}, Asia/Shanghai, on the wire).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return when the car entered, or {@code null}
   */
  public abstract @Nullable Instant enterTime();

  /**
   * How long it has stayed ({@code parking_time}, whole seconds). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return how long it has stayed (whole seconds on the wire), or {@code null}
   */
  public abstract @Nullable Duration parkingTime();

  /**
   * Total fee since entry, in fen ({@code total_value}).
   *
   * @return total fee since entry, in fen
   */
  public abstract long totalValueFen();

  /**
   * Discount given, in fen ({@code free_value}).
   *
   * @return discount given, in fen
   */
  public abstract long freeValueFen();

  /**
   * Paid earlier in this stay, in fen ({@code paid_value}).
   *
   * @return paid earlier in this stay, in fen
   */
  public abstract long paidValueFen();

  /**
   * To pay now, in fen ({@code pay_value}).
   *
   * @return to pay now, in fen
   */
  public abstract long payValueFen();

  /**
   * Free time after entry ({@code enter_free_time}, whole seconds). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return free time after entry (whole seconds on the wire), or {@code null}
   */
  public abstract @Nullable Duration enterFreeTime();

  /**
   * Time left to exit after paying ({@code buffer_time}, whole seconds). Optional: {@code null}
   * (the default) leaves it out.
   *
   * @return time left to exit after paying (whole seconds on the wire), or {@code null}
   */
  public abstract @Nullable Duration bufferTime();

  /**
   * Where the car is, e.g. {@code B660} ({@code parking_number}). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return where the car is, e.g. {@code B660}, or {@code null}
   */
  public abstract @Nullable String parkingNumber();

  /**
   * Lock flag: 1 locked, 0 unlocked, -1 not supported ({@code locking_status}). Optional: {@code
   * null} (the default) leaves it out.
   *
   * @return lock flag: 1 locked, 0 unlocked, -1 not supported, or {@code null}
   */
  public abstract @Nullable Integer lockingStatus();

  /**
   * Automatic payment: 1 on, 0 off ({@code autopay_status}). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return automatic payment: 1 on, 0 off, or {@code null}
   */
  public abstract @Nullable Integer autopayStatus();

  @Value.Check
  void check() {
    Checks.notBlank("parkingSerial", parkingSerial());
    Checks.notBlank("parkingOrder", parkingOrder());
    Checks.notNegative("totalValueFen", totalValueFen());
    Checks.notNegative("freeValueFen", freeValueFen());
    Checks.notNegative("paidValueFen", paidValueFen());
    Checks.notNegative("payValueFen", payValueFen());
  }

  /**
   * Starts an empty {@code BillingAnswer} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link BillingAnswer}. */
  public static final class Builder extends ImmutableBillingAnswer.Builder {}
}
