package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code verify_code} (5.13 无牌车入场获取短信验证码): send the driver an SMS code. A question,
 * answered every time; the documented reply is {@code {state, errmsg, verify_code}}.
 *
 * <pre>{@code
 * public BolinkReply onVerifyCode(VerifyCodeEvent e) { return e.reply(sms.send(e.mobile())); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class VerifyCodeEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * {@code mobile}, or {@code null} (name as in Bolink's examples).
   *
   * @return {@code mobile}, or {@code null} (name as in Bolink's examples)
   */
  public final @Nullable String mobile() {
    return fields().get("mobile");
  }

  /**
   * The success reply that gives Bolink the code sent to the driver.
   *
   * @param verifyCode the code sent to the driver
   * @return {@code {"state":1,"errmsg":"ok","verify_code":…}}
   */
  public final BolinkReply reply(String verifyCode) {
    return BolinkReply.success("ok").withText("verify_code", verifyCode);
  }

  /**
   * Starts an empty {@code VerifyCodeEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VerifyCodeEvent}. */
  public static final class Builder extends ImmutableVerifyCodeEvent.Builder {}
}
