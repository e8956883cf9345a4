package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * One entry of {@code deviceList} in the answer to 2.1 (the field Yinli's page shows).
 *
 * <pre>{@code
 * info.devices().get(0).storeCode();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"storeCode"})
@JsonDeserialize(as = ImmutableDevice.class)
public abstract class Device {
  Device() {}

  /**
   * The store's code; wire {@code storeCode}, or {@code null} (left out).
   *
   * @return the store's code, or {@code null} when left out
   */
  @JsonProperty("storeCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String storeCode();

  /**
   * Starts a value; required attributes left unset make {@code build()} throw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Device}. */
  public static final class Builder extends ImmutableDevice.Builder {}
}
