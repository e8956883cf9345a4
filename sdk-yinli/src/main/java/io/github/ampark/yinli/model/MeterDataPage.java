package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to 2.6 同步电表数据: {@code {"list":[…]}}.
 *
 * <pre>{@code
 * MeterDataPage page = yinli.energy().meterData(query);
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"list"})
@JsonDeserialize(as = ImmutableMeterDataPage.class)
public abstract class MeterDataPage {
  MeterDataPage() {}

  /**
   * The meters; wire {@code list}.
   *
   * @return the meters
   */
  @JsonProperty("list")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<MeterData> meters();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeterDataPage}. */
  public static final class Builder extends ImmutableMeterDataPage.Builder {}
}
