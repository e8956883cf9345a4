package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.CallbackEvents;
import io.github.ampark.bolink.model.BolinkEvent;
import io.github.ampark.bolink.model.BolinkReply;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies and dispatches the callbacks Bolink posts to the URLs you configure in its back office
 * ({@code {"data":{…,"service_name":…},"sign":"…"}}, signed with your {@code ukey}).
 *
 * <pre>{@code
 * BolinkCallbacks callbacks = BolinkCallbacks.builder().ukey(System.getenv("BOLINK_UKEY")).build();
 *
 * // in your controller / HttpHandler
 * CallbackReply reply = callbacks.handle(CallbackRequest.from(exchange), new BolinkHandler() {
 *   @Override public BolinkReply onPrepayOrder(PrepayOrderEvent e) {
 *     orders.markPrepaid(e.orderId(), e.tradeNo());
 *     return BolinkReply.success("ok");
 *   }
 * });
 * reply.writeTo(exchange);
 * }</pre>
 *
 * <p>The signature is checked by {@link BolinkSigner#verifiedData} over the exact characters of
 * the {@code data} value as received, in constant time; a body without a signature, with a wrong
 * one, or with a member name given twice is refused (fail closed). The event kind comes only from
 * the {@code service_name} inside the signed {@code data}: Bolink signs our requests with the same
 * key and rule, so an unsigned top-level {@code service_name} could turn one of our own requests
 * into a typed callback; such a body is refused.
 *
 * <p>Notifications ({@code prepay_order}, {@code monthcard_pay}, {@code pay_notice} and services
 * without a type) reach the handler once: only a {@code state} 1 reply completes the duplicate
 * guard's entry, so after a refusal (HTTP 200 {@code state} 0, or an exception → HTTP 500 {@code
 * state} 0) Bolink's resend is handled again, and after a success it is answered "already
 * processed" without calling the handler. Questions ({@code query_price}, {@code verify_code},
 * {@code nolicence_in_park}) are answered every time. A refused callback gets HTTP 400 {@code
 * {"state":0,"errmsg":"signature verification failed"}}.
 */
public final class BolinkCallbacks {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.callback.bolink");

  private final BolinkSigner signer;
  private final DuplicateGuard guard;

  private BolinkCallbacks(BolinkSigner signer, DuplicateGuard guard) {
    this.signer = signer;
    this.guard = guard;
  }

  /**
   * Starts an empty {@code BolinkCallbacks} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a callback and gives its typed event; does not consult the duplicate guard.
   *
   * @param request the callback as received
   * @return the event
   * @throws CallbackVerificationException if the body is not a signed Bolink callback with a signed {@code service_name}
   */
  public BolinkEvent parse(CallbackRequest request) {
    return CallbackEvents.event(signer.verifiedData(Checks.notNull("request", request).bodyText()));
  }

  /**
   * Verifies, filters duplicates of notifications, runs your handler and gives the reply to send.
   * Never throws: anything that goes wrong is a refusal.
   *
   * @param request the callback as received
   * @param handler your code
   * @return the exact reply for Bolink
   */
  public CallbackReply handle(CallbackRequest request, BolinkHandler handler) {
    BolinkEvent event;
    String sign;
    try {
      event = parse(request);
      sign = io.github.ampark.bolink.internal.RawJson.stringValue(
          io.github.ampark.bolink.internal.RawJson.members(request.bodyText().trim()).get("sign"));
    } catch (RuntimeException e) {
      LOG.warn("rejected a Bolink callback: {}", e.getMessage());
      return refusal(400, "signature verification failed");
    }
    Supplier<CallbackReply> work = () -> {
      BolinkReply reply;
      try {
        reply = CallbackEvents.dispatch(event, Checks.notNull("handler", handler));
      } catch (RuntimeException e) {
        LOG.warn("handling a Bolink {} callback failed", event.serviceName(), e);
        return refusal(500, "processing failed");
      }
      if (reply == null) {
        LOG.warn("the Bolink {} handler returned no reply; refused", event.serviceName());
        return refusal(500, "processing failed");
      }
      CallbackReply out = CallbackReply.json(200, reply.json());
      return reply.state() == 1 ? out.asAcknowledgement() : out;
    };
    if (!CallbackEvents.notification(event)) {
      return work.get();
    }
    String key = "bolink:" + event.serviceName() + ":" + sign.toUpperCase(Locale.ROOT);
    try {
      return guard.handleOnce(key, work,
          () -> {
            LOG.info("duplicate Bolink {} callback answered without processing", event.serviceName());
            return CallbackReply.json(200, BolinkReply.success("duplicate, already processed").json()).asAcknowledgement();
          },
          () -> refusal(503, "being processed, send again later"));
    } catch (RuntimeException e) {
      LOG.warn("the duplicate guard failed for a Bolink {} callback; refused", event.serviceName(), e);
      return refusal(500, "processing failed");
    }
  }

  private static CallbackReply refusal(int status, String errmsg) {
    return CallbackReply.json(status, BolinkReply.failure(errmsg).json());
  }

  /** Builder for {@link BolinkCallbacks}: {@link #ukey} is required. */
  public static final class Builder {
    private @Nullable BolinkSigner signer;
    private DuplicateGuard guard = DuplicateGuard.inMemory();

    private Builder() {}

    /**
     * Sets the vendor key callbacks are signed with (never logged).
     *
     * @param ukey the vendor key callbacks are signed with (never logged)
     * @return this
     */
    public Builder ukey(String ukey) {
      this.signer = BolinkSigner.of(io.github.ampark.core.Secret.of("ukey", ukey));
      return this;
    }

    /**
     * Sets where handled notifications are remembered (default in memory, per JVM).
     *
     * @param guard where handled notifications are remembered (default in memory, per JVM)
     * @return this
     */
    public Builder duplicateGuard(DuplicateGuard guard) {
      this.guard = Checks.notNull("duplicateGuard", guard);
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     */
    public BolinkCallbacks build() {
      if (signer == null) {
        throw new ValidationException("ukey", "is required");
      }
      return new BolinkCallbacks(signer, guard);
    }
  }
}
