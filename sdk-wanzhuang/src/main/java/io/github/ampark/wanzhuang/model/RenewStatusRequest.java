package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Asks whether a renewal order was submitted ({@code GET /open/renew/getCompanyRenewStatus}).
 *
 * <pre>{@code
 * List<RenewStatus> s = client.renewals().renewStatus(RenewStatusRequest.of("20250109105805123456"));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class RenewStatusRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("out_trade_no"));

  RenewStatusRequest() {}

  /**
   * The order to ask about, your {@code out_trade_no}: {@code yyyyMMddHHmmss} followed by 6 digits, 20 digits
   * in all; required.
   *
   * @return the order number
   */
  public abstract String outTradeNo();

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
    Rules.outTradeNo("outTradeNo", outTradeNo());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request about one order, without extra fields.
   *
   * @param outTradeNo the order number, 20 digits
   * @return the request
   * @throws io.github.ampark.core.ValidationException when {@code outTradeNo} is malformed
   */
  public static RenewStatusRequest of(String outTradeNo) {
    return builder().outTradeNo(outTradeNo).build();
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

  /** Builds a {@link RenewStatusRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableRenewStatusRequest.Builder {}
}
