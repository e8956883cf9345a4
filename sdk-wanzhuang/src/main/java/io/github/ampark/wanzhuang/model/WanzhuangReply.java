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
   * What it means.
   *
   * @return what it means
   */
  public abstract Kind kind();

  /**
   * Why it was refused (logged, never sent), or {@code null}.
   *
   * @return why it was refused (logged, never sent), or {@code null} when absent
   */
  public abstract @Nullable String reason();

  /**
   * The reply to send for {@link Kind#CUSTOM}; it counts as handled only if {@link CallbackReply#acknowledges()}.
   *
   * @return the reply to send for {@link Kind#CUSTOM}; it counts as handled only if {@link CallbackReply#acknowledges()}, or {@code null} when absent
   */
  public abstract @Nullable CallbackReply reply();

  @Value.Check
  void check() {
    if ((kind() == Kind.CUSTOM) != (reply() != null)) {
      throw new io.github.ampark.core.ValidationException("reply", "is given for CUSTOM replies only, and always for them");
    }
  }

  /**
   * @return "handled"
   */
  public static WanzhuangReply acknowledge() {
    return new Builder().kind(Kind.ACKNOWLEDGE).build();
  }

  /**
   * @param reason why (logged)
   * @return "not handled, send again"
   */
  public static WanzhuangReply refuse(String reason) {
    return new Builder().kind(Kind.REFUSE).reason(reason).build();
  }

  /**
   * @return the default of a handler method you did not override: a refusal, so nothing is lost
   */
  public static WanzhuangReply unhandled() {
    return refuse("no handler for this callback");
  }

  /**
   * @param reply exactly what to send; mark it {@code asAcknowledgement()} if it means "handled"
   * @return the reply
   */
  public static WanzhuangReply custom(CallbackReply reply) {
    return new Builder().kind(Kind.CUSTOM).reply(reply).build();
  }

  static final class Builder extends ImmutableWanzhuangReply.Builder {}
}
