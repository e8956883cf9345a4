package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One charge ({@code charge_id}): for {@code GET /open/callback/log} (a query number) and {@code
 * POST /open/callback/retry/finish_order} (a JSON <em>string</em>, as that page types it).
 *
 * <pre>{@code
 * List<CallbackLogEntry> log = client.charging().callbackLog(ChargeIdRequest.of(1751254762038L));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ChargeIdRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("charge_id"));

  ChargeIdRequest() {}

  /**
   * {@code charge_id}, positive.
   *
   * @return {@code charge_id}, positive
   */
  public abstract long chargeId();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.chargeId("chargeId", chargeId());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param chargeId the charge
   * @return the request
   */
  public static ChargeIdRequest of(long chargeId) {
    return builder().chargeId(chargeId).build();
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ChargeIdRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableChargeIdRequest.Builder {}
}
