package io.github.ampark.core.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/** The test vendor's order: how a vendor model is declared. */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutableAcmeOrder.class)
public abstract class AcmeOrder {
  @JsonProperty("order_no")
  public abstract String orderNo();

  @JsonProperty("amount_fen")
  public abstract long amountFen();

  @JsonProperty("status")
  public abstract String status();

  @JsonProperty("card_secret")
  @Value.Redacted
  public abstract @Nullable String cardSecret();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAcmeOrder.Builder {}
}
