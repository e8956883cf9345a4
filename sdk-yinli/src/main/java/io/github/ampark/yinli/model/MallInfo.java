package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * One mall in the answer to 1.4 商场信息查询 (the fields Yinli's page shows).
 *
 * <pre>{@code
 * List<MallInfo> malls = yinli.assets().mallInfo(query);
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"orgCode", "orgName", "areaCode", "areaName", "provinceName"})
@JsonDeserialize(as = ImmutableMallInfo.class)
public abstract class MallInfo {
  MallInfo() {}

  /**
   * Organisation code; wire {@code orgCode}, or {@code null} (left out).
   *
   * @return organisation code, or {@code null} when left out
   */
  @JsonProperty("orgCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String orgCode();

  /**
   * Organisation name; wire {@code orgName}, or {@code null} (left out).
   *
   * @return organisation name, or {@code null} when left out
   */
  @JsonProperty("orgName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String orgName();

  /**
   * Area code; wire {@code areaCode}, or {@code null} (left out).
   *
   * @return area code, or {@code null} when left out
   */
  @JsonProperty("areaCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String areaCode();

  /**
   * Area name; wire {@code areaName}, or {@code null} (left out).
   *
   * @return area name, or {@code null} when left out
   */
  @JsonProperty("areaName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String areaName();

  /**
   * Province name; wire {@code provinceName}, or {@code null} (left out).
   *
   * @return province name, or {@code null} when left out
   */
  @JsonProperty("provinceName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String provinceName();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MallInfo}. */
  public static final class Builder extends ImmutableMallInfo.Builder {}
}
