package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Change given as a WeChat red packet (3.10 红包找零接口, {@code /unionapi/getWxRedPacketUrlNew}):
 * Bolink answers with a URL the driver opens to collect it.
 *
 * <pre>{@code
 * String url = client.payments().redPacketChange(RedPacketChangeRequest.builder()
 *     .parkId("123").orderId("A1_2C1661478152").carNumber("陕SD9999")
 *     .tradeNo("1230912903121661478152").amountYuan(new BigDecimal("1"))
 *     .notifyUrl("https://parking.example.com/bolink/change")
 *     .build()).url();
 * }</pre>
 *
 * <p>{@code amountYuan} is 1 to 100 yuan; {@code tradeNo} is 16 to 28 characters. The client adds
 * {@code timestamp} from its clock.
 */
@Value.Immutable
@AmparkStyle
public abstract class RedPacketChangeRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * Your order number of the stay ({@code order_id}), as uploaded at entry.
   *
   * @return your order number of the stay
   */
  public abstract String orderId();

  /**
   * The licence plate ({@code car_number}), e.g. {@code 京A12345}.
   *
   * @return the licence plate
   */
  public abstract String carNumber();

  /**
   * Your unique number for this change, 16 to 28 characters ({@code trade_no}).
   *
   * @return your unique number for this change, 16 to 28 characters
   */
  public abstract String tradeNo();

  /**
   * The amount of the red packet, 1 to 100 yuan ({@code amount}).
   *
   * @return the amount of the red packet, in yuan
   */
  public abstract BigDecimal amountYuan();

  /**
   * Where Bolink reports the outcome ({@code notify_url}).
   *
   * @return where Bolink reports the outcome
   */
  public abstract String notifyUrl();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("orderId", orderId());
    Checks.notBlank("carNumber", carNumber());
    Checks.notBlank("tradeNo", tradeNo());
    if (tradeNo().length() < 16 || tradeNo().length() > 28) {
      throw new ValidationException("tradeNo", "must be 16 to 28 characters (was " + tradeNo().length() + ")");
    }
    Validation.yuan("amountYuan", amountYuan(), true);
    if (amountYuan().compareTo(BigDecimal.ONE) < 0 || amountYuan().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new ValidationException("amountYuan", "must be 1 to 100 yuan (was " + amountYuan().toPlainString() + ")");
    }
    Checks.httpUrl("notifyUrl", notifyUrl());
  }

  /**
   * Starts an empty {@code RedPacketChangeRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RedPacketChangeRequest}. */
  public static final class Builder extends ImmutableRedPacketChangeRequest.Builder {}
}
