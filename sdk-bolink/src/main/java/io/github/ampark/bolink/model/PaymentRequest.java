package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A parking-fee payment through Bolink: {@code /unionapi/bolinkparkpay} (临停缴费, {@link
 * io.github.ampark.bolink.BolinkPayments#prepay}) or {@code /unionapi/bolinkunified} (统一下单,
 * {@link io.github.ampark.bolink.BolinkPayments#unifiedPay}).
 *
 * <pre>{@code
 * PaymentResult r = client.payments().prepay(PaymentRequest.builder()
 *     .parkId("123456").tradeNo("2022621000000001" + seq).amountYuan(new BigDecimal("0.01"))
 *     .title("临停缴费").method(PaymentMethod.SCANNER).channel(PaymentChannel.ALIPAY)
 *     .authCode(scannedCode).carNumber("新Z00001").orderId("test202202032200a2")
 *     .build());
 * }</pre>
 *
 * <p>The fields come from Bolink's demo; {@code time_temp} (the sending time) is added by the
 * client from its clock. {@code authCode} is required for {@link PaymentMethod#SCANNER}.
 */
@Value.Immutable
@AmparkStyle
public abstract class PaymentRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * Your unique payment number ({@code trade_no}); {@code queryOrderState} finds it again.
   *
   * @return your unique payment number
   */
  public abstract String tradeNo();

  /**
   * The amount to pay, in yuan, more than zero ({@code amount}).
   *
   * @return the amount to pay, in yuan
   */
  public abstract BigDecimal amountYuan();

  /**
   * What the driver sees ({@code title}).
   *
   * @return what the driver sees
   */
  public abstract String title();

  /**
   * {@code pay_type} as sent (a number); open: any code Bolink defines.
   *
   * @return {@code pay_type} as sent (a number)
   */
  public abstract String methodCode();

  /**
   * {@code pay_type} as a constant; {@link PaymentMethod#UNKNOWN} for a code this SDK does not
   * list.
   *
   * @return {@code pay_type} as a constant
   */
  public final PaymentMethod method() {
    return PaymentMethod.of(methodCode());
  }

  /**
   * {@code channel} as sent; open: any code Bolink defines.
   *
   * @return {@code channel} as sent
   */
  public abstract String channelCode();

  /**
   * {@code channel} as a constant; {@link PaymentChannel#UNKNOWN} for a code this SDK does not
   * list.
   *
   * @return {@code channel} as a constant
   */
  public final PaymentChannel channel() {
    return PaymentChannel.of(channelCode());
  }

  /**
   * The driver's payment code, required for {@link PaymentMethod#SCANNER} ({@code auth_code}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the driver's payment code, required for {@link
   *     PaymentMethod#SCANNER}, or {@code null}
   */
  @Value.Redacted
  public abstract @Nullable String authCode();

  /**
   * The parking order paid for ({@code order_id}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return the parking order paid for, or {@code null}
   */
  public abstract @Nullable String orderId();

  /**
   * The licence plate ({@code car_number}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the licence plate, or {@code null}
   */
  public abstract @Nullable String carNumber();

  /**
   * {@code wx_open_id}. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code wx_open_id}, or {@code null}
   */
  public abstract @Nullable String wxOpenId();

  /**
   * {@code wx_app_id}. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code wx_app_id}, or {@code null}
   */
  public abstract @Nullable String wxAppId();

  /**
   * Where the driver's browser goes afterwards ({@code callback_url}). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return where the driver's browser goes afterwards, or {@code null}
   */
  public abstract @Nullable String callbackUrl();

  /**
   * When the car entered ({@code in_time}). Optional: {@code null} (the default) leaves it out.
   *
   * @return when the car entered, or {@code null}
   */
  public abstract @Nullable Instant inTime();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Validation.optionalTime("inTime", inTime());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("tradeNo", tradeNo());
    Checks.notBlank("title", title());
    Validation.yuan("amountYuan", amountYuan(), true);
    Validation.code("methodCode", methodCode(), true);
    Validation.code("channelCode", channelCode(), false);
    if (method() == PaymentMethod.SCANNER) {
      Checks.notBlank("authCode", authCode());
    }
    if (callbackUrl() != null) {
      Checks.httpUrl("callbackUrl", callbackUrl());
    }
  }

  /**
   * Starts an empty {@code PaymentRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PaymentRequest}. */
  public static final class Builder extends ImmutablePaymentRequest.Builder {
    /**
     * Sets the payment channel from a listed constant (not UNKNOWN); sent as its code ({@code
     * channel}).
     *
     * @param value a listed constant (not UNKNOWN)
     * @return this
     */
    public Builder channel(PaymentChannel value) {
      channelCode(Validation.codeOf("channel", value));
      return this;
    }
    /**
     * Sets how the driver pays from a listed constant (not UNKNOWN); sent as its code ({@code
     * pay_type}).
     *
     * @param value a listed constant (not UNKNOWN)
     * @return this
     */
    public Builder method(PaymentMethod value) {
      methodCode(Validation.codeOf("method", value));
      return this;
    }
  }
}
