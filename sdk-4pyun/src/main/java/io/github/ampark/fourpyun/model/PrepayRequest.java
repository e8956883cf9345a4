package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Charge a parking fee at the exit without the driver doing anything ({@code POST
 * parking/internal/prepay}, "无感扣款"), or by a scanned payment code when {@link #authCode()} is
 * set ("被扫"). The entry must have been reported first.
 *
 * <p>{@code payPartner} is the park's order number for this charge: unique per park, and P云 refuses
 * to reuse it even after a failed charge. {@code totalValueFen} must equal {@code freeValueFen +
 * payValueFen}.
 *
 * <pre>{@code
 * PrepayResult r = client.prepay(PrepayRequest.builder()
 *     .plate("京A00001").enterTime(entered).parkingSerial("111112").payPartner("P-20240601-0001")
 *     .totalValueFen(1000).freeValueFen(0).payValueFen(1000).parkingTime(Duration.ofMinutes(33))
 *     .gateId("1").gateName("通道1号").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PrepayRequest {
  /**
   * Park UUID; {@code null} for the client's default.
   *
   * @return park UUID
   */
  public abstract @Nullable String parkUuid();

  /**
   * Licence plate ({@code plate}).
   *
   * @return licence plate
   */
  public abstract String plate();

  /**
   * Entry time ({@code enter_time}, epoch milliseconds).
   *
   * @return entry time (epoch milliseconds on the wire)
   */
  public abstract Instant enterTime();

  /**
   * The park's id of the stay ({@code parking_serial}).
   *
   * @return the park's id of the stay
   */
  public abstract String parkingSerial();

  /**
   * The park's order number for this charge ({@code pay_partner}); never reuse it.
   *
   * @return the park's order number for this charge
   */
  public abstract String payPartner();

  /**
   * Total fee, in fen ({@code total_value}).
   *
   * @return total fee, in fen
   */
  public abstract long totalValueFen();

  /**
   * Discount, in fen; 0 when none ({@code free_value}).
   *
   * @return discount, in fen
   */
  public abstract long freeValueFen();

  /**
   * Amount to charge, in fen ({@code pay_value}).
   *
   * @return amount to charge, in fen
   */
  public abstract long payValueFen();

  /**
   * How long the car stayed ({@code parking_time}, whole seconds).
   *
   * @return how long the car stayed (whole seconds on the wire)
   */
  public abstract Duration parkingTime();

  /**
   * Exit gate id ({@code gate_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return exit gate id, or {@code null}
   */
  public abstract @Nullable String gateId();

  /**
   * Exit gate name ({@code gate_name}). Optional: {@code null} (the default) leaves it out.
   *
   * @return exit gate name, or {@code null}
   */
  public abstract @Nullable String gateName();

  /**
   * A payment code scanned at the exit ({@code auth_code}); switches the call to the scanned-code
   * flow. Redacted. Optional: {@code null} (the default) leaves it out.
   *
   * @return a payment code scanned at the exit, or {@code null}
   */
  @Value.Redacted
  public abstract @Nullable String authCode();

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
    ModelChecks.optionalNotBlank("parkUuid", parkUuid());
    Checks.notBlank("plate", plate());
    Checks.notBlank("parkingSerial", parkingSerial());
    Checks.notBlank("payPartner", payPartner());
    Checks.notNegative("totalValueFen", totalValueFen());
    Checks.notNegative("freeValueFen", freeValueFen());
    Checks.positive("payValueFen", payValueFen());
    if (totalValueFen() != freeValueFen() + payValueFen()) {
      throw new ValidationException("totalValueFen", "must equal freeValueFen + payValueFen (was "
          + totalValueFen() + ", expected " + (freeValueFen() + payValueFen()) + ")");
    }
    if (parkingTime().isNegative()) {
      throw new ValidationException("parkingTime", "must not be negative");
    }
    ModelChecks.optionalNotBlank("authCode", authCode());
  }

  /**
   * Starts an empty {@code PrepayRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PrepayRequest}. */
  public static final class Builder extends ImmutablePrepayRequest.Builder {}
}
