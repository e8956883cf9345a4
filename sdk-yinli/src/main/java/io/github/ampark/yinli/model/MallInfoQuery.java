package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.internal.Fields;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of 1.4 商场信息查询 ({@code POST /ipmp-cloud/basedata/v1/openapi/bsMall/getMallsBaseInfo}),
 * served by Yinli. Every field is optional (Yinli publishes no required flags).
 *
 * <pre>{@code
 * MallInfoQuery.builder().mallCode("MALL-001").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"areaCode", "mallCode", "orgCode"})
@JsonDeserialize(as = ImmutableMallInfoQuery.class)
public abstract class MallInfoQuery {
  MallInfoQuery() {}

  /**
   * An area's code; wire {@code areaCode}, or {@code null} (left out).
   *
   * @return an area's code, or {@code null} when left out
   */
  @JsonProperty("areaCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String areaCode();

  /**
   * A mall's code; wire {@code mallCode}, or {@code null} (left out).
   *
   * @return a mall's code, or {@code null} when left out
   */
  @JsonProperty("mallCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String mallCode();

  /**
   * An organisation's code; wire {@code orgCode}, or {@code null} (left out).
   *
   * @return an organisation's code, or {@code null} when left out
   */
  @JsonProperty("orgCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String orgCode();

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
    Fields.optionalText("areaCode", areaCode());
    Fields.optionalText("mallCode", mallCode());
    Fields.optionalText("orgCode", orgCode());
    Fields.extras(extraFields(), "areaCode", "mallCode", "orgCode");
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

  /** Builder for {@link MallInfoQuery}. */
  public static final class Builder extends ImmutableMallInfoQuery.Builder {}
}
