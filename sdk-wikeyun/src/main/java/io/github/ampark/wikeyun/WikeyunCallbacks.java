package io.github.ampark.wikeyun;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.wikeyun.internal.CallbackFields;
import io.github.ampark.wikeyun.internal.Rules;
import io.github.ampark.wikeyun.internal.WikeyunSpecs;
import io.github.ampark.wikeyun.model.NotifyReply;
import io.github.ampark.wikeyun.model.OrderStatusEvent;
import io.github.ampark.wikeyun.model.PowerOrder;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Wikeyun's order callbacks ({@code notify_url}) into verified {@link OrderStatusEvent}s and
 * gives the exact reply Wikeyun expects: the plain text {@code success}. Until it reads that,
 * Wikeyun sends the callback again, up to 5 times.
 *
 * <pre>{@code
 * WikeyunCallbacks callbacks = WikeyunCallbacks.of(client);   // once, next to the client
 *
 * // in your endpoint (servlet, Spring, JDK HttpServer, …)
 * CallbackRequest request = JakartaServletCallbacks.read(httpServletRequest);
 * CallbackReply reply = callbacks.handle(request, WikeyunHandler.onOrderStatus(event -> {
 *   if (event.status().isSuccess()) orders.markRecharged(event.orderNo());
 *   else if (event.status().isFailure()) orders.refund(event.orderNo());
 * }));
 * JakartaServletCallbacks.write(reply, httpServletResponse);
 * }</pre>
 *
 * <p><b>How a callback is verified.</b> Its {@code sign} algorithm is UNKNOWN (no public source
 * publishes or checks it), so the callback is treated as a trigger only: {@link #parse} reads its
 * fields (JSON, form or query — the sources disagree; {@code status} as a string or a number), runs
 * the optional {@link CallbackSignatureVerifier} (none by default), asks Wikeyun about the order
 * with a signed {@code rest/Power/query}, and rejects the callback if the order is unknown or its
 * {@code order_no}, {@code order_number} or {@code amount} differ from what Wikeyun confirms. Order
 * numbers are taken as the platform issues them (non-blank, at most 128 characters, no control
 * characters). The event carries the confirmed order and status.
 *
 * <p><b>Replies and duplicates.</b> {@link #handle} calls your {@link WikeyunHandler} once per
 * order and confirmed status, through a {@link DuplicateGuard} (in memory by default; use a shared
 * one behind a load balancer). Only {@link #ACK} (your handler's {@link NotifyReply#success()})
 * records the event as handled; a resend of a handled event is acknowledged without calling you.
 * Anything else — a refused callback (400), Wikeyun not reachable to confirm (503), your handler
 * asking to retry or throwing (500), a verifier that throws (400), a duplicate guard that throws
 * (503) — is an error reply, never recorded as handled, so Wikeyun's resend is processed again. {@code handle} never throws for a
 * callback's content.
 */
public final class WikeyunCallbacks {
  /** The acknowledgement Wikeyun expects: HTTP 200, {@code text/plain}, exactly {@code success}. */
  public static final CallbackReply ACK = CallbackReply.text("success").asAcknowledgement();

  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.wikeyun.callbacks");
  private static final CallbackReply REJECTED = CallbackReply.text(400, "fail");
  private static final CallbackReply NOT_CONFIRMED = CallbackReply.text(503, "fail");
  private static final CallbackReply NOT_HANDLED = CallbackReply.text(500, "fail");

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
   * @param client the client whose orders are confirmed; it must have a store id (the confirming
   *     query sends {@code store_id})
   * @return the callbacks
   */
  public static WikeyunCallbacks of(WikeyunClient client) {
    return builder(client).build();
  }

  /**
   * Starts a builder of callbacks for a client that has a store id (callbacks are confirmed with
   * {@code rest/Power/query}, which needs {@code store_id}).
   *
   * @param client the client whose orders are confirmed (with a store id)
   * @return a builder
   */
  public static Builder builder(WikeyunClient client) {
    return new Builder(client);
  }

  /**
   * Verifies a callback and returns the confirmed event. Does not de-duplicate (see {@link #handle}
   * or {@link OrderStatusEvent#eventKey()}).
   *
   * @param request the callback as received
   * @return the verified event
   * @throws CallbackVerificationException the callback is unreadable, fails (or breaks) the
   *     signature verifier, names an order Wikeyun does not have, or does not match it: reject it
   * @throws AmparkException Wikeyun could not be asked (transport or API failure): answer with an
   *     error so that Wikeyun sends the callback again
   */
  public OrderStatusEvent parse(CallbackRequest request) {
    Map<String, String> fields =
        Collections.unmodifiableMap(CallbackFields.read(WikeyunSpecs.VENDOR, Checks.notNull("request", request)));
    boolean authentic;
    try {
      authentic = verifier.isAuthentic(fields, request);
    } catch (RuntimeException e) {
      throw new CallbackVerificationException(
          WikeyunSpecs.VENDOR, "the signature verifier failed (" + e.getClass().getSimpleName() + "); refused", e);
    }
    if (!authentic) {
      throw new CallbackVerificationException(WikeyunSpecs.VENDOR, "the signature verifier rejected the callback");
    }
    String orderNo = number("order_no", fields.get("order_no"));
    String orderNumber = number("order_number", fields.get("order_number"));
    if (orderNo == null && orderNumber == null) {
      throw new CallbackVerificationException(WikeyunSpecs.VENDOR, "the callback names no order (order_no, order_number)");
    }
    PowerOrder order = confirm(orderNo, orderNumber);
    mustMatch("order_no", orderNo, order.orderNo());
    mustMatch("order_number", orderNumber, order.orderNumber());
    String amount = blankToNull(fields.get("amount"));
    if (amount != null && !sameAmount(amount, order.amountYuan())) {
      throw new CallbackVerificationException(WikeyunSpecs.VENDOR, "amount " + Checks.echo(amount)
          + " does not match the confirmed order (" + order.amountYuan().toPlainString() + ")");
    }
    return OrderStatusEvent.builder()
        .order(order)
        .reportedStatusCode(blankToNull(fields.get("status")))
        .reportedFailReason(blankToNull(fields.get("failReason")))
        .build();
  }

  /**
   * Verifies a callback, gives it to {@code handler} unless it is a duplicate, and returns the
   * reply to send back unchanged (see the class comment). Never throws for anything in the
   * callback or anything your handler or verifier does.
   *
   * @param request the callback as received
   * @param handler your processing of the confirmed event
   * @return the reply to write back
   * @throws ValidationException if {@code request} or {@code handler} is {@code null}
   */
  public CallbackReply handle(CallbackRequest request, WikeyunHandler handler) {
    Checks.notNull("request", request);
    Checks.notNull("handler", handler);
    OrderStatusEvent event;
    try {
      event = parse(request);
    } catch (CallbackVerificationException e) {
      LOG.warn("wikeyun callback rejected: {}", e.getMessage());
      return REJECTED;
    } catch (AmparkException e) {
      LOG.warn("wikeyun callback could not be confirmed, it will be resent: {}", e.getMessage());
      return NOT_CONFIRMED;
    } catch (RuntimeException e) {
      LOG.warn("wikeyun callback refused: reading it failed ({})", e.getClass().getSimpleName());
      return REJECTED;
    }
    String key = event.eventKey();
    try {
      return guard.handleOnce(key,
          () -> reply(key, event, handler),
          () -> {
            LOG.info("wikeyun callback {} is a duplicate; acknowledged without handling", Checks.echo(key));
            return ACK;
          },
          () -> {
            LOG.info("wikeyun callback {} arrived again while being handled; asking for a resend", Checks.echo(key));
            return NOT_CONFIRMED;
          });
    } catch (RuntimeException guardFailed) {
      // a shared guard (Redis, a database) that fails: ask for a resend rather than guess
      LOG.warn("wikeyun callback {}: the duplicate guard failed ({}); asking for a resend", Checks.echo(key),
          guardFailed.getClass().getSimpleName());
      return NOT_CONFIRMED;
    }
  }

  private static CallbackReply reply(String key, OrderStatusEvent event, WikeyunHandler handler) {
    NotifyReply answer;
    try {
      answer = handler.onOrderStatus(event);
    } catch (RuntimeException e) {
      LOG.warn("wikeyun callback {} handler failed; it will be resent", Checks.echo(key), e);
      return NOT_HANDLED;
    }
    if (answer != null && answer.acknowledged()) {
      return ACK;
    }
    LOG.info("wikeyun callback {} not handled ({}); it will be resent", Checks.echo(key),
        answer == null ? "the handler returned null" : (answer.reason() != null ? answer.reason() : "retry later"));
    return NOT_HANDLED;
  }

  private PowerOrder confirm(@Nullable String orderNo, @Nullable String orderNumber) {
    QueryOrderRequest query =
        orderNo != null ? QueryOrderRequest.byOrderNo(orderNo) : QueryOrderRequest.byOrderNumber(orderNumber);
    try {
      return client.power().queryOrder(query);
    } catch (ApiException e) {
      if (client.power().isOrderNotFound(e)) {
        throw new CallbackVerificationException(WikeyunSpecs.VENDOR,
            "Wikeyun has no order " + Checks.echo(orderNo != null ? orderNo : orderNumber), e);
      }
      throw e;
    }
  }

  /** An order number as sent: blank is none; control characters anywhere (even at the ends) refuse it. */
  private static @Nullable String number(String field, @Nullable String value) {
    if (value == null || value.replace(" ", "").isEmpty()) {
      return null;
    }
    try {
      return Rules.identifier(field, value);
    } catch (ValidationException e) {
      throw new CallbackVerificationException(WikeyunSpecs.VENDOR, "malformed " + field + ": " + e.problem());
    }
  }

  private static void mustMatch(String field, @Nullable String claimed, String confirmed) {
    if (claimed != null && !claimed.equals(confirmed)) {
      throw new CallbackVerificationException(WikeyunSpecs.VENDOR, field + " " + Checks.echo(claimed)
          + " does not match the confirmed order (" + Checks.echo(confirmed) + ")");
    }
  }

  private static boolean sameAmount(String claimed, BigDecimal confirmed) {
    if (claimed.length() > 32) {
      return false;
    }
    try {
      return new BigDecimal(claimed.trim()).compareTo(confirmed) == 0;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.trim().isEmpty() ? null : s.trim();
  }

  /**
   * Never shows the client's secret.
   *
   * @return a text for logs that never shows a secret
   */
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
      if (client.storeId() == null) {
        throw new ValidationException("storeId", "is required for callbacks: they are confirmed with rest/Power/query, "
            + "which sends store_id (set it with WikeyunClient.builder().storeId(…) or withStoreId(…))");
      }
    }

    /**
     * Sets where handled callbacks are remembered, so that a callback Wikeyun sends again is
     * acknowledged without calling your handler twice. Default: in memory, 10,000 keys for 24
     * hours; use a shared guard when several instances receive callbacks.
     *
     * @param guard recognises resent callbacks (default: in memory, 10,000 keys, 24 h)
     * @return this
     */
    public Builder duplicateGuard(DuplicateGuard guard) {
      this.guard = Checks.notNull("duplicateGuard", guard);
      return this;
    }

    /**
     * Sets how a callback's {@code sign} is checked. Default {@link
     * CallbackSignatureVerifier#NONE}: Wikeyun does not publish the algorithm, so every callback is
     * confirmed with a signed {@code rest/Power/query} instead.
     *
     * @param verifier checks the callback's {@code sign} (default {@link CallbackSignatureVerifier#NONE}:
     *     the algorithm is UNKNOWN)
     * @return this
     */
    public Builder signatureVerifier(CallbackSignatureVerifier verifier) {
      this.verifier = Checks.notNull("signatureVerifier", verifier);
      return this;
    }

    /**
     * Builds the callbacks.
     *
     * @return the callbacks
     */
    public WikeyunCallbacks build() {
      return new WikeyunCallbacks(this);
    }
  }
}
