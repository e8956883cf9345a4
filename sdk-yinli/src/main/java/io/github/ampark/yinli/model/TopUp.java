package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.internal.Fields;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of 2.2 充值交费 ({@code POST /payElec}), served by the energy system: a payment
 * made in Yinli's 摩商通 to be booked as electricity credit. {@code payNo} is the business key:
 * the receiver books one {@code payNo} once. {@code amount} is money of unpublished unit (fen or
 * yuan): positive, at most 15 integer digits and 6 decimals, sent as given in plain notation.
 *
 * <pre>{@code
 * TopUp.builder().shopCode("S-101").deviceActualCode("DB-0001")
 *     .amount(new BigDecimal("100.00")).payNo("P202504010001").payType("1").payUser("u1").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "deviceActualCode", "amount", "payNo", "payType", "payUser"})
@JsonDeserialize(as = ImmutableTopUp.class)
public abstract class TopUp {
  TopUp() {}

  /**
   * The shop's code (required); wire {@code shopCode}.
   *
   * @return the shop's code
   */
  @JsonProperty("shopCode")
  public abstract String shopCode();

  /**
   * The meter's code; wire {@code deviceActualCode}, or {@code null} (left out).
   *
   * @return the meter's code, or {@code null} when left out
   */
  @JsonProperty("deviceActualCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String deviceActualCode();

  /**
   * The amount paid (required, positive; unit UNKNOWN); wire {@code amount}.
   *
   * @return the amount paid (required, positive; unit UNKNOWN)
   */
  @JsonProperty("amount")
  public abstract BigDecimal amount();

  /**
   * The payment's number, unique per payment (required); wire {@code payNo}.
   *
   * @return the payment's number, unique per payment
   */
  @JsonProperty("payNo")
  public abstract String payNo();

  /**
   * The payment type code (values UNKNOWN: 2.7 支付类型查询 is unpublished); wire {@code payType}, or {@code null} (left out).
   *
   * @return the payment type code (values UNKNOWN: 2.7 支付类型查询 is unpublished), or {@code null} when left out
   */
  @JsonProperty("payType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String payType();

  /**
   * Who paid; wire {@code payUser}, or {@code null} (left out).
   *
   * @return who paid, or {@code null} when left out
   */
  @JsonProperty("payUser")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String payUser();

  /**
   * Fields Yinli's page does not list, sent as JSON strings after the listed ones, in insertion
   * order (names must differ from the listed ones). Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
   */
  @JsonAnyGetter
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Fields.text("shopCode", shopCode());
    Fields.optionalText("deviceActualCode", deviceActualCode());
    Fields.decimal("amount", amount());
    Fields.text("payNo", payNo());
    Fields.optionalText("payType", payType());
    Fields.optionalText("payUser", payUser());
    Fields.extras(extraFields(), "shopCode", "deviceActualCode", "amount", "payNo", "payType", "payUser");
    Fields.positive("amount", amount());
  }

  /**
   * Starts a value; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link TopUp}. */
  public static final class Builder extends ImmutableTopUp.Builder {}
}
