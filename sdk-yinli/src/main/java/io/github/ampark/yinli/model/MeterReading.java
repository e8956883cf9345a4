package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.yinli.internal.Fields;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * One meter's monthly reading, an element of the {@code data} list of Yinli's "每月推送电表读数"
 * ({@code POST /openapi/device/synchronize}). Field names are Yinli's wire names (the two lists
 * excepted), because Yinli has published nothing about their meaning beyond the names.
 *
 * <pre>{@code
 * MeterReading r = MeterReading.builder()
 *     .deviceActualCode("DB-0001")          // required: which meter
 *     .readDate("2025-04")                  // required: which month, in the format Yinli gives you
 *     .readNum(new BigDecimal("12345.67"))  // required: the reading
 *     .shopCode("S-101").storeNo("1F-101").type("1")
 *     .totalElec(new BigDecimal("321.50"))
 *     .chargeAmount(new BigDecimal("289.35"))
 *     .addPriceRecords(ElectricPriceRecord.of("1", new BigDecimal("5321.40")))
 *     .addOtherFees(OtherFee.of("SERVICE", new BigDecimal("12.50")))
 *     .build();
 * }</pre>
 *
 * <p><b>Required.</b> Yinli publishes no required flags. The SDK requires only what a monthly
 * reading cannot be without: the meter ({@code deviceActualCode}), the month ({@code readDate})
 * and the reading ({@code readNum}). Every other field is optional and <em>left out of the JSON</em>
 * when you do not set it (empty lists too); text you do set must not be blank.
 *
 * <p><b>UNKNOWN, and how the SDK handles it:</b>
 *
 * <ul>
 *   <li>Money ({@code chargeAmount}, {@code lossAmount}, {@code totalAmount}, {@code refundAmount},
 *       {@code receivableAmount}, {@code amount}, and {@link OtherFee#otherFeeAmount()}): the unit
 *       (fen or yuan) is not published. The fields carry Yinli's neutral names and are {@code
 *       BigDecimal}s written as JSON numbers exactly as given (plain notation, your scale) — never
 *       {@code double}. Convert with {@link io.github.ampark.core.money.Money} once Yinli tells you
 *       the unit.
 *   <li>Energy and readings ({@code totalElec}, {@code readNum}): {@code BigDecimal}, unit and
 *       precision unknown (presumably kWh), written exactly as given.
 *   <li>Range and scale of every money and reading field: at most 15 integer digits and 6
 *       decimals (a {@code ValidationException} naming the field otherwise, before anything is
 *       sent); the sign is not restricted (refunds and corrections may be negative).
 *   <li>{@code readDate}: the format is not published ({@code yyyy-MM}? {@code yyyy-MM-dd}?). It is
 *       kept as the text you give; for {@code yyyy-MM} use {@code YearMonth.toString()}.
 *   <li>{@code type} and {@link ElectricPriceRecord#priceLevel()}: codes with unpublished values,
 *       sent as given.
 * </ul>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({
  "type", "shopCode", "storeNo", "deviceActualCode", "totalElec", "chargeAmount", "lossAmount", "totalAmount",
  "readNum", "deviceElectricPriceRecordList", "readDate", "refundAmount", "receivableAmount", "otherFeeDataList",
  "amount"
})
public abstract class MeterReading {
  MeterReading() {}

  /**
   * The reading's type code, wire {@code type} (meaning and values UNKNOWN, sent as given); not blank
   * when given.
   *
   * @return the type code, or {@code null} (the default) to leave it out
   */
  @JsonProperty("type")
  public abstract @Nullable String type();

  /**
   * The shop (tenant) the meter belongs to, wire {@code shopCode}; not blank when given.
   *
   * @return the shop's code, or {@code null} (the default) to leave it out
   */
  @JsonProperty("shopCode")
  public abstract @Nullable String shopCode();

  /**
   * The store (unit) number, wire {@code storeNo}; not blank when given.
   *
   * @return the store number, or {@code null} (the default) to leave it out
   */
  @JsonProperty("storeNo")
  public abstract @Nullable String storeNo();

  /**
   * Which meter was read, wire {@code deviceActualCode}; required, not blank.
   *
   * @return the meter's code
   */
  @JsonProperty("deviceActualCode")
  public abstract String deviceActualCode();

  /**
   * The electricity used in the month, wire {@code totalElec}; unit UNKNOWN (presumably kWh), written
   * exactly as given, at most 15 integer digits and 6 decimals.
   *
   * @return the energy used, or {@code null} (the default) to leave it out
   */
  @JsonProperty("totalElec")
  public abstract @Nullable BigDecimal totalElec();

  /**
   * The amount charged for the electricity, wire {@code chargeAmount}; unit UNKNOWN (fen or yuan),
   * written exactly as given, at most 15 integer digits and 6 decimals.
   *
   * @return the amount, or {@code null} (the default) to leave it out
   */
  @JsonProperty("chargeAmount")
  public abstract @Nullable BigDecimal chargeAmount();

  /**
   * The loss amount as Yinli names it (meaning not published), wire {@code lossAmount}; unit
   * UNKNOWN (fen or yuan), written exactly as given, at most 15 integer digits and 6 decimals.
   *
   * @return the amount, or {@code null} (the default) to leave it out
   */
  @JsonProperty("lossAmount")
  public abstract @Nullable BigDecimal lossAmount();

  /**
   * The month's total amount, wire {@code totalAmount}; unit UNKNOWN (fen or yuan), written exactly as
   * given, at most 15 integer digits and 6 decimals.
   *
   * @return the amount, or {@code null} (the default) to leave it out
   */
  @JsonProperty("totalAmount")
  public abstract @Nullable BigDecimal totalAmount();

  /**
   * The meter reading, wire {@code readNum}; required, unit UNKNOWN (presumably kWh), written exactly
   * as given, at most 15 integer digits and 6 decimals.
   *
   * @return the reading
   */
  @JsonProperty("readNum")
  public abstract BigDecimal readNum();

  /**
   * The reading per price level (levels as Yinli codes them), wire {@code
   * deviceElectricPriceRecordList}; left out when empty (the default).
   *
   * @return the per-level readings, possibly empty
   */
  @JsonProperty("deviceElectricPriceRecordList")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ElectricPriceRecord> priceRecords();

  /**
   * The month read, wire {@code readDate}; required, not blank, sent as the text you give (Yinli's
   * format is UNKNOWN; for {@code yyyy-MM} use {@code YearMonth.toString()}).
   *
   * @return the month as text
   */
  @JsonProperty("readDate")
  public abstract String readDate();

  /**
   * The amount refunded, wire {@code refundAmount}; unit UNKNOWN (fen or yuan), may be negative,
   * written exactly as given, at most 15 integer digits and 6 decimals.
   *
   * @return the amount, or {@code null} (the default) to leave it out
   */
  @JsonProperty("refundAmount")
  public abstract @Nullable BigDecimal refundAmount();

  /**
   * The amount receivable, wire {@code receivableAmount}; unit UNKNOWN (fen or yuan), written exactly
   * as given, at most 15 integer digits and 6 decimals.
   *
   * @return the amount, or {@code null} (the default) to leave it out
   */
  @JsonProperty("receivableAmount")
  public abstract @Nullable BigDecimal receivableAmount();

  /**
   * Fees other than electricity, wire {@code otherFeeDataList}; left out when empty (the
   * default).
   *
   * @return the fees, possibly empty
   */
  @JsonProperty("otherFeeDataList")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<OtherFee> otherFees();

  /**
   * An amount Yinli names only {@code amount}, wire {@code amount}; meaning and unit UNKNOWN (fen or
   * yuan), written exactly as given, at most 15 integer digits and 6 decimals.
   *
   * @return the amount, or {@code null} (the default) to leave it out
   */
  @JsonProperty("amount")
  public abstract @Nullable BigDecimal amount();

  @Value.Check
  void check() {
    optionalNotBlank("type", type());
    optionalNotBlank("shopCode", shopCode());
    optionalNotBlank("storeNo", storeNo());
    Checks.notBlank("deviceActualCode", deviceActualCode());
    Checks.notBlank("readDate", readDate());
    Fields.decimal("totalElec", totalElec());
    Fields.decimal("chargeAmount", chargeAmount());
    Fields.decimal("lossAmount", lossAmount());
    Fields.decimal("totalAmount", totalAmount());
    Fields.decimal("readNum", readNum());
    Fields.decimal("refundAmount", refundAmount());
    Fields.decimal("receivableAmount", receivableAmount());
    Fields.decimal("amount", amount());
  }

  private static void optionalNotBlank(String field, @Nullable String value) {
    if (value != null) {
      Checks.notBlank(field, value);
    }
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

  /** Builder for {@link MeterReading}. */
  public static final class Builder extends ImmutableMeterReading.Builder {}
}
