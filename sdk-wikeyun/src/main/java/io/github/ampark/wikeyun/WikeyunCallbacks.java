package io.github.ampark.wikeyun;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.Checks;
import io.github.ampark.wikeyun.internal.CallbackFields;
import io.github.ampark.wikeyun.model.OrderCallback;
import io.github.ampark.wikeyun.model.PowerOrder;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Wikeyun's order callbacks ({@code notify_url}) into verified {@link OrderCallback} events
 * and gives the exact reply Wikeyun expects: the plain text {@code success}. Until it reads that,
 * Wikeyun sends the callback again, up to 5 times.
 *
 * <pre>{@code
 * WikeyunCallbacks callbacks = WikeyunCallbacks.of(client);   // once, next to the client
 *
 * // in your endpoint (servlet, Spring, JDK HttpServer, …)
 * CallbackRequest request = JakartaServletCallbacks.read(httpServletRequest);
 * CallbackReply reply = callbacks.handle(request, event -> {
 *   if (event.status().isSuccess()) orders.markRecharged(event.orderNo());
 *   else if (event.status().isFailure()) orders.refund(event.orderNo());
 * });
 * JakartaServletCallbacks.write(reply, httpServletResponse);
 * }</pre>
 *
 * <p><b>How a callback is verified.</b> Its {@code sign} algorithm is UNKNOWN (no public source
 * publishes or checks it), so the callback is treated as a trigger only: {@link #parse} reads its
 * fields (JSON, form or query — the sources disagree), runs the optional {@link
 * CallbackSignatureVerifier} (none by default), asks Wikeyun about the order with a signed {@code
 * rest/Power/query}, and rejects the callback if the order is unknown or its {@code order_no},
 * {@code order_number} or {@code amount} differ from what Wikeyun confirms. The event carries the
 * confirmed order and status.
 *
 * <p><b>Duplicates.</b> {@link #handle} calls your handler once per order and confirmed status,
 * through a {@link DuplicateGuard} (in memory by default; use a shared one behind a load balancer),
 * and acknowledges resends without calling it again. If your handler throws, the event is
 * forgotten so that Wikeyun's next resend is processed.
 */
public final class WikeyunCallbacks {
  /** The acknowledgement Wikeyun expects: HTTP 200, {@code text/plain}, exactly {@code success}. */
  public static final CallbackReply ACK = CallbackReply.text("success");

  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.wikeyun.callbacks");
  private static final CallbackReply REJECTED = CallbackReply.text(400, "fail");
  private static final CallbackReply NOT_CONFIRMED = CallbackReply.text(503, "fail");
  private static final CallbackReply HANDLER_FAILED = CallbackReply.text(500, "fail");

  private final WikeyunClient client;
  private final DuplicateGuard guard;
  private final CallbackSignatureVerifier verifier;

  private WikeyunCallbacks(Builder b) {
    this.client = b.client;
    this.guard = b.guard;
    this.verifier = b.verifier;
  }

  /**
   * Callbacks for this client's orders with the defaults: an in-memory duplicate guard and no
   * signature check. Create it once and keep it (the guard remembers what it saw).
   *
   * @param client the client whose orders are confirmed
   * @return the callbacks
   */
  public static WikeyunCallbacks of(WikeyunClient client) {
    return builder(client).build();
  }

  /**
   * @param client the client whose orders are confirmed
   * @return a builder
   */
  public static Builder builder(WikeyunClient client) {
    return new Builder(client);
  }

  /**
   * Verifies a callback and returns the confirmed event. Does not de-duplicate (see {@link #handle}
   * or {@link OrderCallback#eventKey()}).
   *
   * @param request the callback as received
   * @return the verified event
   * @throws CallbackVerificationException the callback is unreadable, fails the signature hook, names
   *     an order Wikeyun does not have, or does not match it: reject it
   * @throws AmparkException Wikeyun could not be asked (transport or API failure): answer with an
   *     error so that Wikeyun sends the callback again
   */
  public OrderCallback parse(CallbackRequest request) {
    Map<String, String> fields = CallbackFields.read(WikeyunClient.VENDOR, Checks.notNull("request", request));
    if (!verifier.isAuthentic(fields, request)) {
      throw new CallbackVerificationException(WikeyunClient.VENDOR, "the signature verifier rejected the callback");
    }
    String orderNo = blankToNull(fields.get("order_no"));
    String orderNumber = blankToNull(fields.get("order_number"));
    if (orderNo == null && orderNumber == null) {
      throw new CallbackVerificationException(WikeyunClient.VENDOR, "the callback names no order (order_no, order_number)");
    }
    PowerOrder order = confirm(orderNo, orderNumber);
    mustMatch("order_no", orderNo, order.orderNo());
    mustMatch("order_number", orderNumber, order.orderNumber());
    String amount = blankToNull(fields.get("amount"));
    if (amount != null && !sameAmount(amount, order.amountYuan())) {
      throw new CallbackVerificationException(
          WikeyunClient.VENDOR,
          "amount " + amount + " does not match the confirmed order " + order.orderNo() + " ("
              + order.amountYuan().toPlainString() + ")");
    }
    return OrderCallback.builder()
        .order(order)
        .reportedStatusCode(blankToNull(fields.get("status")))
        .reportedFailReason(blankToNull(fields.get("failReason")))
        .build();
  }

  /**
   * Verifies a callback, gives it to {@code handler} unless it is a duplicate, and returns the
   * reply to send back unchanged: {@link #ACK} when handled or a duplicate; an error reply (so that
   * Wikeyun sends it again) when verification fails (400), Wikeyun cannot be asked (503), or your
   * handler throws (500).
   *
   * @param request the callback as received
   * @param handler your processing of the confirmed event
   * @return the reply to write back
   */
  public CallbackReply handle(CallbackRequest request, Consumer<OrderCallback> handler) {
    Checks.notNull("handler", handler);
    OrderCallback event;
    try {
      event = parse(request);
    } catch (CallbackVerificationException e) {
      LOG.warn("wikeyun callback rejected: {}", e.getMessage());
      return REJECTED;
    } catch (AmparkException e) {
      LOG.warn("wikeyun callback could not be confirmed, it will be resent: {}", e.getMessage());
      return NOT_CONFIRMED;
    }
    String key = event.eventKey();
    return guard.once(key,
        () -> {
          try {
            handler.accept(event);
            return ACK;
          } catch (RuntimeException e) {
            LOG.warn("wikeyun callback {} handler failed; it will be resent", key, e);
            return HANDLER_FAILED;
          }
        },
        reply -> reply == ACK,
        () -> {
          LOG.info("wikeyun callback {} is a duplicate; acknowledged without handling", key);
          return ACK;
        },
        () -> {
          LOG.info("wikeyun callback {} arrived again while being handled; asking for a resend", key);
          return NOT_CONFIRMED;
        });
  }

  private PowerOrder confirm(@Nullable String orderNo, @Nullable String orderNumber) {
    QueryOrderRequest query;
    try {
      query = orderNo != null ? QueryOrderRequest.byOrderNo(orderNo) : QueryOrderRequest.byOrderNumber(orderNumber);
    } catch (ValidationException e) {
      throw new CallbackVerificationException(WikeyunClient.VENDOR, "malformed order number: " + e.problem());
    }
    try {
      return client.power().queryOrder(query);
    } catch (ApiException e) {
      if (client.power().isOrderNotFound(e)) {
        throw new CallbackVerificationException(
            WikeyunClient.VENDOR, "Wikeyun has no order " + (orderNo != null ? orderNo : orderNumber), e);
      }
      throw e;
    }
  }

  private static void mustMatch(String field, @Nullable String claimed, String confirmed) {
    if (claimed != null && !claimed.equals(confirmed)) {
      throw new CallbackVerificationException(
          WikeyunClient.VENDOR, field + " " + claimed + " does not match the confirmed order (" + confirmed + ")");
    }
  }

  private static boolean sameAmount(String claimed, BigDecimal confirmed) {
    try {
      return new BigDecimal(claimed.trim()).compareTo(confirmed) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.trim().isEmpty() ? null : s.trim();
  }

  /** Never shows the client's secret. */
  @Override
  public String toString() {
    return "WikeyunCallbacks{" + client + "}";
  }

  /** Builds {@link WikeyunCallbacks}. */
  public static final class Builder {
    private final WikeyunClient client;
    private DuplicateGuard guard = DuplicateGuard.inMemory();
    private CallbackSignatureVerifier verifier = CallbackSignatureVerifier.NONE;

    private Builder(WikeyunClient client) {
      this.client = Checks.notNull("client", client);
    }

    /**
     * @param guard recognises resent callbacks (default: in memory, 10,000 keys, 24 h)
     * @return this
     */
    public Builder duplicateGuard(DuplicateGuard guard) {
      this.guard = Checks.notNull("duplicateGuard", guard);
      return this;
    }

    /**
     * @param verifier checks the callback's {@code sign} (default {@link CallbackSignatureVerifier#NONE}:
     *     the algorithm is UNKNOWN)
     * @return this
     */
    public Builder signatureVerifier(CallbackSignatureVerifier verifier) {
      this.verifier = Checks.notNull("signatureVerifier", verifier);
      return this;
    }

    /** @return the callbacks */
    public WikeyunCallbacks build() {
      return new WikeyunCallbacks(this);
    }
  }
}
