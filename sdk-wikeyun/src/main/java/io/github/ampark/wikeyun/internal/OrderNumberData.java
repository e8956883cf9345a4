package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/** The {@code data} of a pushOrder answer: {@code {"order_number":"…"}} (not API). */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutableOrderNumberData.class)
public abstract class OrderNumberData {
  OrderNumberData() {}

  /** The platform's order number. */
  @JsonProperty("order_number")
  public abstract String orderNumber();
}
