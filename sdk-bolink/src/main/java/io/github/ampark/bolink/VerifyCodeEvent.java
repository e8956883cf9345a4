package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;

/**
 * {@code verify_code} (5.13 无牌车入场获取短信验证码): send the driver an SMS code, and tell Bolink
 * which code it was with {@link #reply}.
 *
 * <pre>{@code
 * if (event instanceof VerifyCodeEvent) {
 *   String code = sms.send(((VerifyCodeEvent) event).mobile());
 *   return ((VerifyCodeEvent) event).reply(code);
 * }
 * }</pre>
 */
public final class VerifyCodeEvent extends BolinkEvent {
  VerifyCodeEvent(JsonNode data, String raw) {
    super("verify_code", data, raw);
  }

  /** {@code mobile}, or {@code null} (field name as in Bolink's examples; not guaranteed). */
  public @Nullable String mobile() {
    return text("mobile");
  }

  /**
   * The documented reply {@code {state:1, errmsg, verify_code}}.
   *
   * @param verifyCode the code sent to the driver
   * @return the reply
   */
  public BolinkReply reply(String verifyCode) {
    return BolinkReply.success("ok").with("verify_code", verifyCode);
  }

  @Override
  boolean notification() {
    return false;
  }
}
