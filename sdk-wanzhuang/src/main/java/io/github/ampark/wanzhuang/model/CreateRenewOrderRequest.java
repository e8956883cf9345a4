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
   * Your order number and idempotency key, wire {@code out_trade_no}: {@code yyyyMMddHHmmss} followed by 6
   * digits, 20 digits in all (e.g. {@code 20250109105805123456}); required.
   *
   * @return the order number
   */
  public abstract String outTradeNo();

  /**
   * The devices whose SIM card to renew, wire {@code device_nums}: at most 1000 device numbers, each 1–64
   * printable ASCII characters without spaces. Empty (the default) leaves the field out, which renews every
   * device expiring this month.
   *
   * @return the device numbers, possibly empty
   */
  public abstract List<String> deviceNums();

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
    Rules.deviceNums("deviceNums", deviceNums(), true);
    Rules.extraFields(extraFields(), FIELDS);
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

  /** Builds a {@link CreateRenewOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCreateRenewOrderRequest.Builder {}
}
