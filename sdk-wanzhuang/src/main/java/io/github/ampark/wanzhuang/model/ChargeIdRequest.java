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
   * Your id of the charge, wire {@code charge_id}: the one you gave {@code startCharge}; must be positive.
   *
   * @return the charge id
   */
  public abstract long chargeId();

  /**
   * Fields Wanzhuang accepts that this SDK does not name, sent as text after the documented fields and
   * before {@code app_id}, {@code timestamp} and {@code sign}, in their insertion order, and signed like
   * the rest. Names are 1–64 letters, digits, {@code _} or {@code []}; a name of a documented field or
   * of {@code app_id}, {@code timestamp}, {@code sign} is a {@code ValidationException}. Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.chargeId("chargeId", chargeId());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request for one charge, without extra fields.
   *
   * @param chargeId your {@code charge_id}, positive
   * @return the request
   * @throws io.github.ampark.core.ValidationException when {@code chargeId} is not positive
   */
  public static ChargeIdRequest of(long chargeId) {
    return builder().chargeId(chargeId).build();
  }

  /**
   * Starts a request; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this request's values, to derive a changed copy.
   *
   * @return a new builder holding every value of this request
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ChargeIdRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableChargeIdRequest.Builder {}
}
