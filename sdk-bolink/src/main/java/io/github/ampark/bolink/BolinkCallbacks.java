package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.bolink.internal.RawJson;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import java.util.Map;
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
 * CallbackReply reply = callbacks.handle(CallbackRequest.from(exchange), event -> {
 *   if (event instanceof QueryPriceEvent) {
 *     return BolinkReply.success("查到啦").with("order_id", event.orderId()).with("total", price(event));
 *   }
 *   if (event instanceof PrepayOrderEvent) {
 *     orders.markPrepaid(event.orderId());
 *   }
 *   return BolinkReply.success("ok");
 * });
 * reply.writeTo(exchange);
 * }</pre>
 *
 * <p>The signature is checked over the exact characters of the {@code data} value as received —
 * not over a re-serialisation — in constant time; a body without a signature, with a wrong one, or
 * with a member name given twice is rejected (fail closed). Notifications ({@code prepay_order}
 * and services without a type) reach the handler once per content: Bolink's resends are answered
 * with success without calling it again. Questions ({@code query_price}, {@code verify_code},
 * {@code nolicence_in_park}) are answered every time.
 *
 * <p>Replies: the handler's {@link BolinkReply} with HTTP 200; a rejected callback gets HTTP 400
 * {@code {"state":0,"errmsg":"signature verification failed"}}; a handler that throws gets HTTP 500
 * {@code {"state":0,"errmsg":"processing failed"}} and the event is forgotten by the duplicate guard
 * so Bolink's resend is processed.
 */
public final class BolinkCallbacks {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.callback.bolink");

  private final Secret ukey;
  private final DuplicateGuard guard;

  private BolinkCallbacks(Builder b) {
    this.ukey = b.ukey;
    this.guard = b.guard;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a callback and gives its typed event; does not consult the duplicate guard.
   *
   * @param request the callback as received
   * @return the event
   * @throws CallbackVerificationException if the body is not a signed Bolink callback
   */
  public BolinkEvent parse(CallbackRequest request) {
    return verify(request).event;
  }

  /**
   * Verifies, filters duplicates of notifications, runs your handler and gives the reply to send.
   *
   * @param request the callback as received
   * @param handler your code
   * @return the exact reply for Bolink
   */
  public CallbackReply handle(CallbackRequest request, BolinkCallbackHandler handler) {
    Verified v;
    try {
      v = verify(request);
    } catch (CallbackVerificationException e) {
      LOG.warn("rejected a Bolink callback: {}", e.getMessage());
      return BolinkReply.failure("signature verification failed").reply(400);
    }
    String key = v.event.duplicateKey(v.sign);
    Supplier<CallbackReply> work = () -> {
      BolinkReply reply;
      try {
        reply = handler.handle(v.event);
      } catch (RuntimeException e) {
        LOG.warn("handling a Bolink {} callback failed", v.event.serviceName(), e);
        return BolinkReply.failure("processing failed").reply(500);
      }
      if (reply == null) {
        LOG.warn("the Bolink {} handler returned no reply; refused", v.event.serviceName());
        return BolinkReply.failure("processing failed").reply(500);
      }
      CallbackReply out = reply.toCallbackReply();
      // only Bolink's success (state 1) completes a duplicate-guard entry; state 0 is HTTP 200 too
      return reply.state() == 1 ? out.asAcknowledgement() : out;
    };
    if (!v.event.notification()) {
      return work.get();
    }
    try {
      return guard.handleOnce(key, work,
          () -> {
            LOG.info("duplicate Bolink {} callback answered without processing", v.event.serviceName());
            return BolinkReply.success("duplicate, already processed").toCallbackReply().asAcknowledgement();
          },
          () -> BolinkReply.failure("being processed, send again later").reply(503));
    } catch (RuntimeException e) {
      LOG.warn("the duplicate guard failed for a Bolink {} callback; refused", v.event.serviceName(), e);
      return BolinkReply.failure("processing failed").reply(500);
    }
  }

  /**
   * A signed callback body as Bolink sends it — for your tests and for replaying an event.
   *
   * @param data the {@code data} members in order (include {@code service_name})
   * @param ukey the vendor key
   * @return {@code {"data":…,"sign":…}}
   */
  public static String signedBody(Map<String, ?> data, String ukey) {
    String text = JsonText.write(data);
    return BolinkSigner.envelope(text, BolinkSigner.sign(text, ukey));
  }

  private Verified verify(CallbackRequest request) {
    String body = request.bodyText().trim();
    Map<String, String> members;
    try {
      members = RawJson.members(body);
    } catch (IllegalArgumentException e) {
      throw reject("body is not one JSON object (" + e.getMessage() + ")");
    }
    String data = members.get("data");
    if (data == null || !data.startsWith("{")) {
      throw reject("no 'data' object");
    }
    String sign = RawJson.stringValue(members.get("sign"));
    if (sign == null || sign.isEmpty()) {
      throw reject("no signature");
    }
    if (!BolinkSigner.verify(data, ukey.reveal(), sign)) {
      throw reject("signature does not match");
    }
    JsonNode tree;
    try {
      tree = BodyCodec.json(data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw reject("'data' is not JSON");
    }
    // Only signed content routes: Bolink signs our requests and its callbacks with the same key and
    // rule, so a top-level (unsigned) service_name would let anyone replay one of our own signed
    // requests as a typed callback.
    String service = text(tree.get("service_name"));
    if (service == null || service.isEmpty()) {
      throw reject("no service_name in the signed data (a top-level one is not signed and is ignored)");
    }
    return new Verified(event(service, tree, data), sign.toUpperCase(java.util.Locale.ROOT));
  }

  private static BolinkEvent event(String service, JsonNode data, String raw) {
    switch (service) {
      case "nolicence_in_park":
        return new NoLicenceInParkEvent(data, raw);
      case "verify_code":
        return new VerifyCodeEvent(data, raw);
      case "query_price":
        return new QueryPriceEvent(data, raw);
      case "prepay_order":
        return new PrepayOrderEvent(data, raw);
      default:
        return new GenericBolinkEvent(service, data, raw);
    }
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
  }

  private static CallbackVerificationException reject(String reason) {
    return new CallbackVerificationException(BolinkClient.VENDOR, reason);
  }

  private static final class Verified {
    final BolinkEvent event;
    final String sign;

    Verified(BolinkEvent event, String sign) {
      this.event = event;
      this.sign = sign;
    }
  }

  /** Builder for {@link BolinkCallbacks}: {@link #ukey} is required. */
  public static final class Builder {
    private @Nullable Secret ukey;
    private DuplicateGuard guard = DuplicateGuard.inMemory();

    private Builder() {}

    /** @param ukey the vendor key callbacks are signed with @return this */
    public Builder ukey(String ukey) {
      this.ukey = Secret.of("ukey", ukey);
      return this;
    }

    /** @param guard where seen notifications are remembered (default in memory, per JVM) @return this */
    public Builder duplicateGuard(DuplicateGuard guard) {
      if (guard == null) {
        throw new ValidationException("duplicateGuard", "must not be null");
      }
      this.guard = guard;
      return this;
    }

    /** @return the verifier */
    public BolinkCallbacks build() {
      if (ukey == null) {
        throw new ValidationException("ukey", "is required");
      }
      return new BolinkCallbacks(this);
    }
  }
}
