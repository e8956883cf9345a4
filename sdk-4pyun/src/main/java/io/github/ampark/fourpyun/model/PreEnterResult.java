package io.github.ampark.fourpyun.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * P云's answer to a pre-entry report: let the car in, decide locally, or refuse, with a text for
 * the LED screen and possibly a charge rule to apply. Code {@code 1002} ("查询无结果": P云 has
 * nothing to say) reads as {@link PreEnterDecision#LOCAL}.
 *
 * <pre>{@code
 * PreEnterResult r = client.preEnter(request);
 * switch (r.decision()) { case ALLOW: open(); break; case DENY: led(r.statusDesc()); break; default: local(); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutablePreEnterResult.class)
public abstract class PreEnterResult {
  /**
   * {@code 1001} (an answer) or {@code 1002} (no answer).
   *
   * @return {@code 1001} (an answer) or {@code 1002} (no answer)
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * The raw {@code status} code, {@code null} when P云 had no answer.
   *
   * @return the raw {@code status} code, {@code null} when P云 had no answer
   */
  @JsonProperty("status")
  public abstract @Nullable String statusCode();

  /**
   * Text for the LED screen, e.g. {@code 黑名单车辆禁止通行} ({@code status_desc}). {@code null} when P云
   * leaves it out.
   *
   * @return text for the LED screen, e.g. {@code 黑名单车辆禁止通行}, or {@code null}
   */
  @JsonProperty("status_desc")
  public abstract @Nullable String statusDesc();

  /**
   * Charge rule to apply when allowed ({@code charge_type}).
   * {@code null} when P云 leaves it out.
   *
   * @return charge rule to apply when allowed, or {@code null}
   */
  @JsonProperty("charge_type")
  public abstract @Nullable String chargeType();

  /**
   * P云's log id ({@code seqno}). {@code null} when P云 leaves it out.
   *
   * @return P云's log id, or {@code null}
   */
  @JsonProperty("seqno")
  public abstract @Nullable String seqno();

  /**
   * Whether P云 answered ({@code 1001}) rather than had no result ({@code 1002}).
   *
   * @return whether P云 answered ({@code 1001}) rather than had no result
   */
  public boolean found() {
    return "1001".equals(code());
  }

  /**
   * The decision; {@link PreEnterDecision#LOCAL} when P云 had no answer.
   *
   * @return the decision
   */
  public PreEnterDecision decision() {
    String status = statusCode();
    return status == null || status.isEmpty() ? PreEnterDecision.LOCAL : PreEnterDecision.fromCode(status);
  }

  /**
   * Starts an empty {@code PreEnterResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PreEnterResult}. */
  public static final class Builder extends ImmutablePreEnterResult.Builder {}
}
