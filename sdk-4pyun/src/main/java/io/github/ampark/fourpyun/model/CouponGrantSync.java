package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Tell P云 what became of a merchant coupon it granted ({@code POST
 * parking/internal/mcoupon/grant/sync}): it expired ({@link CouponGrantStatus#EXPIRED}, status
 * {@code -2}) or was used ({@link CouponGrantStatus#APPLIED}, status {@code 1} and
 * {@code apply_status 1}).
 *
 * <pre>{@code
 * client.syncMerchantCouponGrant(CouponGrantSync.builder().grantSerial("6020231117153244")
 *     .status(CouponGrantStatus.APPLIED).couponValueFen(0).applyValueFen(100)
 *     .applyTime(Instant.now()).build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class CouponGrantSync {
  /**
   * Park UUID; {@code null} for the client's default.
   *
   * @return park UUID
   */
  public abstract @Nullable String parkUuid();

  /**
   * The grant serial P云 sent (or, with {@link #localSync()}, the park's own); {@code grant_serial}
   * on the wire.
   *
   * @return the grant serial P云 sent (or, with {@link #localSync()}, the park's own)
   */
  public abstract String grantSerial();

  /**
   * What happened to the grant ({@code status}).
   *
   * @return what happened to the grant
   */
  public abstract CouponGrantStatus status();

  /**
   * Description of the status, e.g. {@code 已过期} ({@code status_desc}); required for {@code
   * EXPIRED}. Optional: {@code null} (the default) leaves it out.
   *
   * @return description of the status, e.g. {@code 已过期}, or {@code null}
   */
  public abstract @Nullable String statusDesc();

  /**
   * When the status changed ({@code status_time}, UTC ISO; P云 uses the receive time when absent).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return when the status changed (UTC ISO on the wire; P云 uses the receive time when absent), or
   *     {@code null}
   */
  public abstract @Nullable Instant statusTime();

  /**
   * Face value of the coupon in fen, 0 for coupons that are not time or money; required for {@code
   * APPLIED}.
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return face value of the coupon in fen, 0 for coupons that are not time or money, or {@code
   *     null}
   */
  public abstract @Nullable Long couponValueFen();

  /**
   * Discount actually given in fen; required for {@code APPLIED}.
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return discount actually given in fen, or {@code null}
   */
  public abstract @Nullable Long applyValueFen();

  /**
   * When it was used ({@code apply_time}, UTC ISO). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return when it was used (UTC ISO on the wire), or {@code null}
   */
  public abstract @Nullable Instant applyTime();

  /**
   * Whether {@link #grantSerial()} is the park's own serial ({@code local_sync=1}); applied coupons
   * only.
   *
   * @return whether {@link #grantSerial()} is the park's own serial
   */
  @Value.Default
  public boolean localSync() {
    return false;
  }

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
    Checks.notBlank("grantSerial", grantSerial());
    ModelChecks.known("status", status());
    if (CouponGrantStatus.EXPIRED.equals(status())) {
      Checks.notBlank("statusDesc", statusDesc());
      if (localSync()) {
        throw new ValidationException("localSync", "only applies to APPLIED coupons");
      }
    } else {
      if (couponValueFen() == null) {
        throw new ValidationException("couponValueFen", "is required for APPLIED");
      }
      if (applyValueFen() == null) {
        throw new ValidationException("applyValueFen", "is required for APPLIED");
      }
    }
    ModelChecks.notNegative("couponValueFen", couponValueFen());
    ModelChecks.notNegative("applyValueFen", applyValueFen());
  }

  /**
   * Starts an empty {@code CouponGrantSync} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CouponGrantSync}. */
  public static final class Builder extends ImmutableCouponGrantSync.Builder {}
}
