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
   * {@code out_trade_no} of the order.
   *
   * @return {@code out_trade_no} of the order
   */
  public abstract String outTradeNo();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.outTradeNo("outTradeNo", outTradeNo());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param outTradeNo the order
   * @return the request
   */
  public static RenewStatusRequest of(String outTradeNo) {
    return builder().outTradeNo(outTradeNo).build();
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

  /** Builds a {@link RenewStatusRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableRenewStatusRequest.Builder {}
}
