package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Creates a SIM traffic-card renewal order ({@code POST /open/renew/createCompanyRenewOrder}, JSON).
 * Only cards expiring in the current month can be renewed; payment is Alipay only: the answer's
 * {@code qrCode} is a URL you turn into a QR code. {@link #outTradeNo()} is your key: after an
 * ambiguous failure the client asks getCompanyRenewStatus about it before anything else.
 *
 * <pre>{@code
 * RenewOrder o = client.renewals().createRenewOrder(CreateRenewOrderRequest.builder()
 *     .outTradeNo("20250109105805123456").addDeviceNums("18000001").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class CreateRenewOrderRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("out_trade_no", "device_nums"));

  CreateRenewOrderRequest() {}

  /**
   * {@code out_trade_no}: {@code yyyyMMddHHmmss} + 6 random digits, e.g. {@code 20250109105805123456}.
   *
   * @return {@code out_trade_no}: {@code yyyyMMddHHmmss} + 6 random digits, e.g
   */
  public abstract String outTradeNo();

  /**
   * {@code device_nums}: the devices to renew; empty (not sent) renews every expiring device.
   *
   * @return {@code device_nums}: the devices to renew; empty (not sent) renews every expiring device
   */
  public abstract List<String> deviceNums();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.outTradeNo("outTradeNo", outTradeNo());
    Rules.deviceNums("deviceNums", deviceNums(), true);
    Rules.extraFields(extraFields(), FIELDS);
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

  /** Builds a {@link CreateRenewOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCreateRenewOrderRequest.Builder {}
}
