package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * The answer to 2.2 充值交费: Yinli's page shows an empty {@code data} ({@code {}}), so the
 * result only names the payment that was booked. On the wire it is {@code {}}.
 *
 * <pre>{@code
 * TopUpResult booked = yinli.energy().payElec(topUp);     // booked.payNo() == topUp.payNo()
 * return YinliReply.ok(TopUpResult.of(topUp.payNo()));    // in your YinliHandler
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class TopUpResult {
  TopUpResult() {}

  /**
   * The {@code payNo} of the payment booked; not on the wire (the answer's {@code data} is {@code {}}).
   *
   * @return the payment number
   */
  @JsonIgnore
  public abstract String payNo();

  /**
   * The success answer to a 2.2 top-up: the payment was booked.
   *
   * @param payNo the {@code payNo} of the {@link TopUp} you booked, not {@code null}
   * @return the result
   */
  public static TopUpResult of(String payNo) {
    return ImmutableTopUpResult.builder().payNo(payNo).build();
  }
}
