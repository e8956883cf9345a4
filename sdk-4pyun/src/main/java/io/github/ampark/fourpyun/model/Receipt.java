package io.github.ampark.fourpyun.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * P云's acknowledgement of a report or sync: the success code it answered with, its message and
 * the {@code seqno} to quote to 4pyun support. Errors never come back as a receipt: they are
 * thrown as {@link io.github.ampark.core.ApiException}.
 *
 * <pre>{@code
 * Receipt r = client.enter(request);
 * log.info("entry accepted, seqno {}", r.seqno());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutableReceipt.class)
public abstract class Receipt {
  /**
   * The success code, e.g. {@code 1001} or {@code 200} ({@code code}).
   *
   * @return the success code, e.g. {@code 1001} or {@code 200}
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * P云's message, if any ({@code message}). {@code null} when P云 sent none.
   *
   * @return P云's message, if any, or {@code null}
   */
  @JsonProperty("message")
  public abstract @Nullable String message();

  /**
   * P云's log id of the request ({@code seqno}).
   * {@code null} when P云 sent none.
   *
   * @return P云's log id of the request, or {@code null}
   */
  @JsonProperty("seqno")
  public abstract @Nullable String seqno();

  /**
   * Starts an empty {@code Receipt} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Receipt}. */
  public static final class Builder extends ImmutableReceipt.Builder {}
}
