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
 * The body of 2.5 余额调整 ({@code POST /adjust}), served by the energy system: set a shop's
 * balance to {@code afterBalance} (money, unit UNKNOWN; at most 15 integer digits and 6
 * decimals). {@code happenTime} is text in the pattern Yinli gives you.
 *
 * <pre>{@code
 * BalanceAdjustment.builder().shopCode("S-101").afterBalance(new BigDecimal("50.00")).remark("correction").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"shopCode", "afterBalance", "remark", "happenTime"})
@JsonDeserialize(as = ImmutableBalanceAdjustment.class)
public abstract class BalanceAdjustment {
  BalanceAdjustment() {}

  /**
   * The shop's code (required); wire {@code shopCode}.
   *
   * @return the shop's code
   */
  @JsonProperty("shopCode")
  public abstract String shopCode();

  /**
   * The balance after the adjustment (required; unit UNKNOWN); wire {@code afterBalance}.
   *
   * @return the balance after the adjustment (unit UNKNOWN)
   */
  @JsonProperty("afterBalance")
  public abstract BigDecimal afterBalance();

  /**
   * Why the balance was adjusted, wire {@code remark}; not blank when given.
   *
   * @return the remark, or {@code null} when left out
   */
  @JsonProperty("remark")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String remark();

  /**
   * When, in Yinli's pattern (UNKNOWN); wire {@code happenTime}, or {@code null} (left out).
   *
   * @return when, in Yinli's pattern (UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("happenTime")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String happenTime();

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
    Fields.decimal("afterBalance", afterBalance());
    Fields.optionalText("remark", remark());
    Fields.optionalText("happenTime", happenTime());
    Fields.extras(extraFields(), "shopCode", "afterBalance", "remark", "happenTime");
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

  /** Builder for {@link BalanceAdjustment}. */
  public static final class Builder extends ImmutableBalanceAdjustment.Builder {}
}
