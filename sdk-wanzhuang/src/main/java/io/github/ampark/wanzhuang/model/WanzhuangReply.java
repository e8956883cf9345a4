package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.callback.CallbackReply;
import org.immutables.value.Value;

/**
 * Your handler's answer to a callback. The reply bodies wz-open expects are UNKNOWN, so the bytes
 * for {@link #acknowledge()} and {@link #refuse} come from {@code WanzhuangCallbacks} (documented
 * defaults you can override), and {@link #custom} sends exactly what you give.
 *
 * <pre>{@code
 * return WanzhuangReply.acknowledge();                  // handled: don't send it again
 * return WanzhuangReply.refuse("database down");        // not handled: send it again
 * return WanzhuangReply.custom(CallbackReply.json("{\"code\":1,\"pay\":1}").asAcknowledgement());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class WanzhuangReply {
  /** What a reply means. */
  public enum Kind {
    /** Handled: the configured acknowledgement. */
    ACKNOWLEDGE,
    /** Not handled: the configured refusal (the vendor should deliver it again). */
    REFUSE,
    /** Exactly the given {@link CallbackReply}. */
    CUSTOM
  }

  WanzhuangReply() {}

  /**
   * What the reply means: handled, refused, or a custom body.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Why the handler refused, for your logs; never sent to Wanzhuang.
   *
   * @return the reason, or {@code null} unless {@link Kind#REFUSE}
   */
  public abstract @Nullable String reason();

  /**
   * The exact reply to send for {@link Kind#CUSTOM}; it counts as handled only if {@link
   * CallbackReply#acknowledges()}.
   *
   * @return the reply, or {@code null} unless {@link Kind#CUSTOM}
   */
  public abstract @Nullable CallbackReply reply();

  @Value.Check
  void check() {
    if ((kind() == Kind.CUSTOM) != (reply() != null)) {
      throw new io.github.ampark.core.ValidationException("reply", "is given for CUSTOM replies only, and always for them");
    }
  }

  /**
   * Says the callback was handled: {@code WanzhuangCallbacks} sends its configured acknowledgement and
   * records the event as handled, so a redelivery is not handed to you again.
   *
   * @return the "handled" reply
   */
  public static WanzhuangReply acknowledge() {
    return new Builder().kind(Kind.ACKNOWLEDGE).build();
  }

  /**
   * Says the callback was not handled: {@code WanzhuangCallbacks} sends its configured refusal, records
   * nothing, and Wanzhuang should deliver it again.
   *
   * @param reason why, for your logs (never sent)
   * @return the "not handled, send again" reply
   */
  public static WanzhuangReply refuse(String reason) {
    return new Builder().kind(Kind.REFUSE).reason(reason).build();
  }

  /**
   * The reply of a handler method you did not override: a refusal, so no event is lost unnoticed.
   *
   * @return a refusal ("no handler for this callback")
   */
  public static WanzhuangReply unhandled() {
    return refuse("no handler for this callback");
  }

  /**
   * Sends exactly the given reply, for callbacks whose expected answer the vendor has not published (e.g.
   * approving an {@code icc_pay_req}).
   *
   * @param reply exactly what to send; mark it {@code asAcknowledgement()} if it means "handled"
   * @return the custom reply
   */
  public static WanzhuangReply custom(CallbackReply reply) {
    return new Builder().kind(Kind.CUSTOM).reply(reply).build();
  }

  static final class Builder extends ImmutableWanzhuangReply.Builder {}
}
