package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * One meter in the answer to 1.3 电表信息查询. Only the fields Yinli's page shows are read;
 * others are ignored (use {@code raw()} to see them).
 *
 * <pre>{@code
 * List<MeterInfo> meters = yinli.assets().meterInfo(query);
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"mallCode", "mallName", "contNo"})
@JsonDeserialize(as = ImmutableMeterInfo.class)
public abstract class MeterInfo {
  MeterInfo() {}

  /**
   * The mall's code; wire {@code mallCode}, or {@code null} (left out).
   *
   * @return the mall's code, or {@code null} when left out
   */
  @JsonProperty("mallCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String mallCode();

  /**
   * The mall's name; wire {@code mallName}, or {@code null} (left out).
   *
   * @return the mall's name, or {@code null} when left out
   */
  @JsonProperty("mallName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String mallName();

  /**
   * The contract number; wire {@code contNo}, or {@code null} (left out).
   *
   * @return the contract number, or {@code null} when left out
   */
  @JsonProperty("contNo")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String contractNo();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeterInfo}. */
  public static final class Builder extends ImmutableMeterInfo.Builder {}
}
