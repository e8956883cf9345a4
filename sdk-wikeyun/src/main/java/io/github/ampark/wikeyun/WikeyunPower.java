package io.github.ampark.wikeyun;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.wikeyun.internal.Answers;
import io.github.ampark.wikeyun.internal.Forms;
import io.github.ampark.wikeyun.internal.OrderNumberData;
import io.github.ampark.wikeyun.internal.PowerService;
import io.github.ampark.wikeyun.internal.WikeyunEnvelope;
import io.github.ampark.wikeyun.model.Acknowledgement;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.CancelOrderRequest;
import io.github.ampark.wikeyun.model.Card;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.DeleteCardRequest;
import io.github.ampark.wikeyun.model.EditCardRequest;
import io.github.ampark.wikeyun.model.ForbidRequest;
import io.github.ampark.wikeyun.model.PowerOrder;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.PushOrderResult;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The electricity recharge API ({@code rest/Power/*}) of one {@link WikeyunClient}: recharge cards,
 * orders, and the switch for non-API recharges. Every operation has a blocking method and an
 * {@code …Async} one whose future fails with the same exceptions.
 *
 * <pre>{@code
 * WikeyunPower power = client.power();
 * Card card = power.addCard(AddCardRequest.builder()
 *     .cardNum("0123456789").province("江苏省").city("南京市").build());
 * PushOrderResult placed = power.pushOrder(PushOrderRequest.builder()
 *     .cardId(card.id()).orderNo("T202401010001").amountYuan(100)
 *     .notifyUrl("https://example.com/wikeyun/notify").build());
 * PowerOrder order = power.queryOrder(QueryOrderRequest.byOrderNo("T202401010001"));
 * }</pre>
 *
 * <p>Failures: {@link ApiException} when Wikeyun answers with a code other than {@code "0000"};
 * {@link io.github.ampark.core.TransportException} when no answer arrived; {@link
 * io.github.ampark.core.ResponseFormatException} when the answer cannot be read; {@link
 * io.github.ampark.core.OutcomeUnknownException} when a {@code pushOrder} may have been placed and
 * the SDK could not prove it either way. Bad input never gets this far: a {@link
 * ValidationException} names the field before anything is sent ({@code storeId} for the calls
 * that send {@code store_id} — addCard, pushOrder, queryOrder, forbid — on a client without one).
 */
public final class WikeyunPower {
  private final ClientRuntime runtime;
  private final PowerService service;
  private final @Nullable String storeId;
  private final IfAbsent ifAbsent;
  private final OrderNotFoundRule notFound;

  WikeyunPower(ClientRuntime runtime, @Nullable String storeId, IfAbsent ifAbsent, OrderNotFoundRule notFound) {
    this.runtime = runtime;
    this.service = runtime.create(PowerService.class);
    this.storeId = storeId;
    this.ifAbsent = ifAbsent;
    this.notFound = notFound;
  }

  /**
   * Registers an electricity account ({@code rest/Power/addCard}; never resent once it may have arrived).
   *
   * @param request the card
   * @return the card with its id
   */
  public Card addCard(AddCardRequest request) {
    return service.addCard(Forms.addCard(store("addCard"), present(request))).execute();
  }

  /**
   * Does the same as {@link #addCard(AddCardRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the card
   * @return the card with its id, eventually
   * @see #addCard(AddCardRequest)
   */
  public CompletableFuture<Card> addCardAsync(AddCardRequest request) {
    return service.addCard(Forms.addCard(store("addCard"), present(request))).executeAsync();
  }

  /**
   * Changes a card ({@code rest/Power/editCard}).
   *
   * @param request the new values
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement editCard(EditCardRequest request) {
    return editCardCall(request).execute();
  }

  /**
   * Does the same as {@link #editCard(EditCardRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the new values
   * @return Wikeyun's acknowledgement, eventually
   * @see #editCard(EditCardRequest)
   */
  public CompletableFuture<Acknowledgement> editCardAsync(EditCardRequest request) {
    return editCardCall(request).executeAsync();
  }

  /**
   * Deletes a card ({@code rest/Power/delCard}).
   *
   * @param request the card
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement deleteCard(DeleteCardRequest request) {
    return deleteCardCall(request).execute();
  }

  /**
   * Does the same as {@link #deleteCard(DeleteCardRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the card
   * @return Wikeyun's acknowledgement, eventually
   * @see #deleteCard(DeleteCardRequest)
   */
  public CompletableFuture<Acknowledgement> deleteCardAsync(DeleteCardRequest request) {
    return deleteCardCall(request).executeAsync();
  }

  /**
   * Reads a card ({@code rest/Power/cardInfo}; retried on I/O errors).
   *
   * @param request the card
   * @return the card
   */
  public Card cardInfo(CardInfoRequest request) {
    return service.cardInfo(Forms.cardInfo(present(request))).execute();
  }

  /**
   * Does the same as {@link #cardInfo(CardInfoRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the card
   * @return the card, eventually
   * @see #cardInfo(CardInfoRequest)
   */
  public CompletableFuture<Card> cardInfoAsync(CardInfoRequest request) {
    return service.cardInfo(Forms.cardInfo(present(request))).executeAsync();
  }

  /**
   * Places a recharge ({@code rest/Power/pushOrder}), never twice by the SDK unless you opted in.
   *
   * <p>If the answer is lost after the request may have arrived (a timeout, a dropped connection,
   * an unreadable answer), the client queries {@code order_no} before anything else, under the same
   * call deadline:
   *
   * <ul>
   *   <li>an answer naming this {@code order_no} with the same amount and card (where it carries
   *       them) is the result ({@link PushOrderResult#reconciled()}), never placed again;
   *   <li>an answer naming another order, another amount or card, an unreadable answer, or a query
   *       that fails: {@link io.github.ampark.core.OutcomeUnknownException}, nothing resent;
   *   <li>a well-formed "no such order" ({@link OrderNotFoundRule}): by default ({@link
   *       IfAbsent#THROW}) an {@code OutcomeUnknownException} with {@code absenceReported()}; with
   *       {@code ifAbsent(IfAbsent.RESEND)} the order is sent once more, only after a second query
   *       made {@code reconcileSettleDelay} later agrees.
   * </ul>
   *
   * @param request the order
   * @return the platform's order number
   */
  public PushOrderResult pushOrder(PushOrderRequest request) {
    return pushOrderCall(request).execute();
  }

  /**
   * Does the same as {@link #pushOrder(PushOrderRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the order
   * @return the platform's order number, eventually
   * @see #pushOrder(PushOrderRequest)
   */
  public CompletableFuture<PushOrderResult> pushOrderAsync(PushOrderRequest request) {
    return pushOrderCall(request).executeAsync();
  }

  /**
   * Looks up an order ({@code rest/Power/query}; retried on I/O errors).
   *
   * @param request by your or the platform's order number
   * @return the order
   */
  public PowerOrder queryOrder(QueryOrderRequest request) {
    return service.query(Forms.query(store("queryOrder"), present(request))).execute();
  }

  /**
   * Does the same as {@link #queryOrder(QueryOrderRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request by your or the platform's order number
   * @return the order, eventually
   * @see #queryOrder(QueryOrderRequest)
   */
  public CompletableFuture<PowerOrder> queryOrderAsync(QueryOrderRequest request) {
    return service.query(Forms.query(store("queryOrder"), present(request))).executeAsync();
  }

  /**
   * Cancels orders ({@code rest/Power/cancel}).
   *
   * @param request the platform order numbers
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement cancelOrder(CancelOrderRequest request) {
    return cancelCall(request).execute();
  }

  /**
   * Does the same as {@link #cancelOrder(CancelOrderRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the platform order numbers
   * @return Wikeyun's acknowledgement, eventually
   * @see #cancelOrder(CancelOrderRequest)
   */
  public CompletableFuture<Acknowledgement> cancelOrderAsync(CancelOrderRequest request) {
    return cancelCall(request).executeAsync();
  }

  /**
   * Disables or enables recharges that do not come through the API ({@code rest/Power/forbid}).
   *
   * @param request disable or enable
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement forbid(ForbidRequest request) {
    return forbidCall(request).execute();
  }

  /**
   * Does the same as {@link #forbid(ForbidRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request disable or enable
   * @return Wikeyun's acknowledgement, eventually
   * @see #forbid(ForbidRequest)
   */
  public CompletableFuture<Acknowledgement> forbidAsync(ForbidRequest request) {
    return forbidCall(request).executeAsync();
  }

  boolean isOrderNotFound(ApiException error) {
    try {
      return notFound.isNotFound(error);
    } catch (RuntimeException ruleFailed) {
      error.addSuppressed(ruleFailed);
      return false;
    }
  }

  private AmparkCall<Acknowledgement> editCardCall(EditCardRequest r) {
    return service.editCard(Forms.editCard(present(r))).map(WikeyunEnvelope::acknowledgement);
  }

  private AmparkCall<Acknowledgement> deleteCardCall(DeleteCardRequest r) {
    return service.delCard(Forms.deleteCard(present(r))).map(WikeyunEnvelope::acknowledgement);
  }

  private AmparkCall<Acknowledgement> cancelCall(CancelOrderRequest r) {
    return service.cancel(Forms.cancel(present(r))).map(WikeyunEnvelope::acknowledgement);
  }

  private AmparkCall<Acknowledgement> forbidCall(ForbidRequest r) {
    return service.forbid(Forms.forbid(store("forbid"), present(r))).map(WikeyunEnvelope::acknowledgement);
  }

  /** The one definition of pushOrder: send, and on an ambiguous failure reconcile by order_no. */
  private AmparkCall<PushOrderResult> pushOrderCall(PushOrderRequest request) {
    PushOrderRequest r = present(request);
    String store = store("pushOrder");
    // the reconciling query is built only if a failure calls for it, not on every push
    return BusinessKeyCalls.keyed(runtime, "pushOrder", r.orderNo(),
        service.pushOrder(Forms.pushOrder(store, r)).map(data -> accepted(r, data)),
        failure -> Answers.orNotFound(
                service.query(Forms.query(store, QueryOrderRequest.byOrderNo(r.orderNo()))), this::isOrderNotFound)
            .map(answer -> reconcile(r, answer)),
        ifAbsent);
  }

  private static PushOrderResult accepted(PushOrderRequest request, OrderNumberData data) {
    return PushOrderResult.builder().orderNo(request.orderNo()).orderNumber(data.orderNumber()).build();
  }

  /**
   * What the query after an ambiguous failure proves: this order (same order_no, and the same
   * amount and card where the answer carries them), a well-formed absence, or nothing.
   */
  static Reconciliation<PushOrderResult> reconcile(PushOrderRequest request, Optional<PowerOrder> answer) {
    if (!answer.isPresent()) {
      return Reconciliation.absent();
    }
    PowerOrder found = answer.get();
    if (!request.orderNo().equals(found.orderNo())) {
      return Reconciliation.unknown("the query answer named another order_no " + Checks.echo(found.orderNo()));
    }
    if (found.amountYuan().compareTo(BigDecimal.valueOf(request.amountYuan())) != 0) {
      return Reconciliation.unknown("the order exists with amount " + found.amountYuan().toPlainString()
          + " yuan, not " + request.amountYuan() + ": is the order number reused?");
    }
    Long foundCard = found.cardId();
    if (foundCard != null && foundCard != request.cardId()) {
      return Reconciliation.unknown("the order exists for card " + foundCard + ", not "
          + request.cardId() + ": is the order number reused?");
    }
    return Reconciliation.found(PushOrderResult.builder()
        .orderNo(request.orderNo()).orderNumber(found.orderNumber()).existingOrder(found).build());
  }

  private String store(String operation) {
    if (storeId == null) {
      throw new ValidationException("storeId", "is required for " + operation
          + " (it sends store_id): set it with WikeyunClient.builder().storeId(…) or withStoreId(…)");
    }
    return storeId;
  }

  private static <T> T present(@Nullable T request) {
    return Checks.notNull("request", request);
  }
}
