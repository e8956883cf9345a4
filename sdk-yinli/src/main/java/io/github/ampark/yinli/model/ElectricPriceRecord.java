package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.yinli.internal.NumberText;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One entry of a reading's {@code deviceElectricPriceRecordList}: the meter reading for one price
 * level (a tariff period). Both fields are required: an entry is a level and its reading.
 *
 * <pre>{@code
 * ElectricPriceRecord peak = ElectricPriceRecord.of("1", new BigDecimal("5321.40"));
 * }</pre>
 *
 * <p><b>UNKNOWN:</b> Yinli has not published which levels exist (for instance 尖/峰/平/谷) nor how
 * they are numbered. The vendor's example shows {@code priceLevel} as a JSON number, so the SDK
 * keeps the code as the text you give (digits, optionally a sign and decimals) and writes it as a
 * JSON number, exactly: {@code "1"} goes out as {@code 1}.
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"priceLevel", "readNum"})
public abstract class ElectricPriceRecord {
  ElectricPriceRecord() {}

  /**
   * The price level's code as a decimal number's text, e.g. {@code "1"}; wire {@code priceLevel} (a JSON number).
   *
   * @return the level code, e.g. {@code "1"}
   */
  @JsonProperty("priceLevel")
  @JsonSerialize(using = NumberText.class)
  public abstract String priceLevel();

  /**
   * The reading for this level; wire {@code readNum}. Unit and precision UNKNOWN (presumably kWh).
   *
   * @return the reading for this level
   */
  @JsonProperty("readNum")
  public abstract BigDecimal readNum();

  @Value.Check
  void check() {
    Checks.notNull("priceLevel", priceLevel());
    if (priceLevel().length() > 32) {
      throw new io.github.ampark.core.ValidationException("priceLevel", "must be at most 32 characters (was " + priceLevel().length() + ")");
    }
    Checks.matches("priceLevel", priceLevel(), NumberText.PATTERN, "a decimal number such as 1 (was " + Checks.echo(priceLevel()) + ")");
    io.github.ampark.yinli.internal.Fields.decimal("readNum", readNum());
  }

  /**
   * One price level's reading, for {@link MeterReading#priceRecords()}.
   *
   * @param priceLevel the level's code as a decimal number's text, e.g. {@code "1"}, at most 32
   *     characters
   * @param readNum the reading for that level (unit UNKNOWN, presumably kWh), at most 15 integer digits
   *     and 6 decimals
   * @return the entry
   * @throws io.github.ampark.core.ValidationException when a value is {@code null}, malformed or too
   *     large
   */
  public static ElectricPriceRecord of(String priceLevel, BigDecimal readNum) {
    return builder().priceLevel(priceLevel).readNum(readNum).build();
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

  /** Builder for {@link ElectricPriceRecord}. */
  public static final class Builder extends ImmutableElectricPriceRecord.Builder {}
}
