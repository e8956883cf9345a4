package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.internal.Fields;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of 1.3 电表信息查询 ({@code POST /openapi/device/selectEleDevice}), served by Yinli.
 * {@code startTime}/{@code endTime}: text in the pattern Yinli gives you (UNKNOWN; e.g. {@code
 * yyyy-MM-dd HH:mm:ss}), sent as given.
 *
 * <pre>{@code
 * MeterInfoQuery.builder().mallCode("MALL-001").addDeviceActualCodes("DB-0001").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"deviceActualCodes", "endTime", "mallCode", "startTime"})
@JsonDeserialize(as = ImmutableMeterInfoQuery.class)
public abstract class MeterInfoQuery {
  MeterInfoQuery() {}

  /**
   * The meters' codes; wire {@code deviceActualCodes}.
   *
   * @return the meters' codes
   */
  @JsonProperty("deviceActualCodes")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> deviceActualCodes();

  /**
   * End of the period, in Yinli's pattern; wire {@code endTime}, or {@code null} (left out).
   *
   * @return end of the period, in Yinli's pattern, or {@code null} when left out
   */
  @JsonProperty("endTime")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String endTime();

  /**
   * The mall's code (required); wire {@code mallCode}.
   *
   * @return the mall's code
   */
  @JsonProperty("mallCode")
  public abstract String mallCode();

  /**
   * Start of the period, in Yinli's pattern; wire {@code startTime}, or {@code null} (left out).
   *
   * @return start of the period, in Yinli's pattern, or {@code null} when left out
   */
  @JsonProperty("startTime")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String startTime();

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
    Fields.texts("deviceActualCodes", deviceActualCodes());
    Fields.optionalText("endTime", endTime());
    Fields.text("mallCode", mallCode());
    Fields.optionalText("startTime", startTime());
    Fields.extras(extraFields(), "deviceActualCodes", "endTime", "mallCode", "startTime");
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

  /** Builder for {@link MeterInfoQuery}. */
  public static final class Builder extends ImmutableMeterInfoQuery.Builder {}
}
