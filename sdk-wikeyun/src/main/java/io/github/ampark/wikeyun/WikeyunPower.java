package io.github.ampark.wikeyun;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.Checks;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * <p>Failures: {@link io.github.ampark.core.ApiException} when Wikeyun answers with a code other
 * than {@code "0000"}; {@link io.github.ampark.core.TransportException} when no answer arrived;
 * {@link io.github.ampark.core.ResponseFormatException} when the answer cannot be read. Bad input
 * never gets this far: request builders throw {@link ValidationException}.
 */
public final class WikeyunPower {
  private final PowerService service;
  private final String storeId;
  private final IfAbsent ifAbsent;
  private final OrderNotFoundRule notFound;

  WikeyunPower(PowerService service, String storeId, IfAbsent ifAbsent, OrderNotFoundRule notFound) {
    this.service = service;
    this.storeId = storeId;
    this.ifAbsent = ifAbsent;
    this.notFound = notFound;
  }

  /**
   * Registers an electricity account ({@code rest/Power/addCard}, never resent once it may have
   * arrived).
   *
   * @param request the card
   * @return the card with its id
   */
  public Card addCard(AddCardRequest request) {
    return service.addCard(Forms.addCard(storeId, present(request))).execute();
  }

  /**
   * @param request the card
   * @return the card with its id, eventually
   * @see #addCard(AddCardRequest)
   */
  public CompletableFuture<Card> addCardAsync(AddCardRequest request) {
    return service.addCard(Forms.addCard(storeId, present(request))).executeAsync();
  }

  /**
   * Changes a card ({@code rest/Power/editCard}).
   *
   * @param request the new values
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement editCard(EditCardRequest request) {
    return WikeyunEnvelope.acknowledgement(service.editCard(Forms.editCard(present(request))).execute());
  }

  /**
   * @param request the new values
   * @return Wikeyun's acknowledgement, eventually
   * @see #editCard(EditCardRequest)
   */
  public CompletableFuture<Acknowledgement> editCardAsync(EditCardRequest request) {
    return service.editCard(Forms.editCard(present(request))).executeAsync().thenApply(WikeyunEnvelope::acknowledgement);
  }

  /**
   * Deletes a card ({@code rest/Power/delCard}).
   *
   * @param request the card
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement deleteCard(DeleteCardRequest request) {
    return WikeyunEnvelope.acknowledgement(service.delCard(Forms.cardId(present(request).cardId())).execute());
  }

  /**
   * @param request the card
   * @return Wikeyun's acknowledgement, eventually
   * @see #deleteCard(DeleteCardRequest)
   */
  public CompletableFuture<Acknowledgement> deleteCardAsync(DeleteCardRequest request) {
    return service.delCard(Forms.cardId(present(request).cardId())).executeAsync()
        .thenApply(WikeyunEnvelope::acknowledgement);
  }

  /**
   * Reads a card ({@code rest/Power/cardInfo}; retried on I/O errors).
   *
   * @param request the card
   * @return the card
   */
  public Card cardInfo(CardInfoRequest request) {
    return service.cardInfo(Forms.cardId(present(request).cardId())).execute();
  }

  /**
   * @param request the card
   * @return the card, eventually
   * @see #cardInfo(CardInfoRequest)
   */
  public CompletableFuture<Card> cardInfoAsync(CardInfoRequest request) {
    return service.cardInfo(Forms.cardId(present(request).cardId())).executeAsync();
  }

  /**
   * Places a recharge ({@code rest/Power/pushOrder}), at most once per order number.
   *
   * <p>If the answer is lost after the request may have arrived (a timeout, a dropped connection,
   * an unreadable answer), the client queries {@code order_no} before anything else: an order that
   * exists is returned ({@link PushOrderResult#reconciled()}), never placed again; only when
   * Wikeyun confirms it has no such order (see {@link OrderNotFoundRule}) is it sent once more — or
   * reported, if the client was built with {@code ifAbsent(IfAbsent.THROW)}. If Wikeyun cannot be
   * asked, the original failure is thrown with the query's failure attached.
   *
   * @param request the order
   * @return the platform's order number
   */
  public PushOrderResult pushOrder(PushOrderRequest request) {
    PushOrderRequest r = present(request);
    return BusinessKeyCalls.execute(
        WikeyunClient.VENDOR, "pushOrder", r.orderNo(),
        () -> accepted(r, service.pushOrder(Forms.pushOrder(storeId, r)).execute()),
        failure -> {
          PowerOrder existing;
          try {
            existing = queryOrder(QueryOrderRequest.byOrderNo(r.orderNo()));
          } catch (AmparkException e) {
            return reconcile(r, null, e);
          }
          return reconcile(r, existing, null);
        },
        ifAbsent);
  }

  /**
   * @param request the order
   * @return the platform's order number, eventually
   * @see #pushOrder(PushOrderRequest)
   */
  public CompletableFuture<PushOrderResult> pushOrderAsync(PushOrderRequest request) {
    PushOrderRequest r = present(request);
    return BusinessKeyCalls.executeAsync(
        WikeyunClient.VENDOR, "pushOrder", r.orderNo(),
        () -> service.pushOrder(Forms.pushOrder(storeId, r)).executeAsync().thenApply(data -> accepted(r, data)),
        failure -> queryOrderAsync(QueryOrderRequest.byOrderNo(r.orderNo()))
            .handle((existing, error) -> reconcile(r, existing, error)),
        ifAbsent);
  }

  /**
   * Looks up an order ({@code rest/Power/query}; retried on I/O errors).
   *
   * @param request by your or the platform's order number
   * @return the order
   */
  public PowerOrder queryOrder(QueryOrderRequest request) {
    return service.query(Forms.query(storeId, present(request))).execute();
  }

  /**
   * @param request by your or the platform's order number
   * @return the order, eventually
   * @see #queryOrder(QueryOrderRequest)
   */
  public CompletableFuture<PowerOrder> queryOrderAsync(QueryOrderRequest request) {
    return service.query(Forms.query(storeId, present(request))).executeAsync();
  }

  /**
   * Cancels orders ({@code rest/Power/cancel}).
   *
   * @param request the platform order numbers
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement cancelOrder(CancelOrderRequest request) {
    return WikeyunEnvelope.acknowledgement(service.cancel(Forms.cancel(present(request))).execute());
  }

  /**
   * @param request the platform order numbers
   * @return Wikeyun's acknowledgement, eventually
   * @see #cancelOrder(CancelOrderRequest)
   */
  public CompletableFuture<Acknowledgement> cancelOrderAsync(CancelOrderRequest request) {
    return service.cancel(Forms.cancel(present(request))).executeAsync().thenApply(WikeyunEnvelope::acknowledgement);
  }

  /**
   * Disables or enables recharges that do not come through the API ({@code rest/Power/forbid}).
   *
   * @param request disable or enable
   * @return Wikeyun's acknowledgement
   */
  public Acknowledgement forbid(ForbidRequest request) {
    return WikeyunEnvelope.acknowledgement(service.forbid(Forms.forbid(storeId, present(request))).execute());
  }

  /**
   * @param request disable or enable
   * @return Wikeyun's acknowledgement, eventually
   * @see #forbid(ForbidRequest)
   */
  public CompletableFuture<Acknowledgement> forbidAsync(ForbidRequest request) {
    return service.forbid(Forms.forbid(storeId, present(request))).executeAsync()
        .thenApply(WikeyunEnvelope::acknowledgement);
  }

  boolean isOrderNotFound(ApiException error) {
    return notFound.isNotFound(error);
  }

  private static PushOrderResult accepted(PushOrderRequest request, OrderNumberData data) {
    return PushOrderResult.builder().orderNo(request.orderNo()).orderNumber(data.orderNumber()).build();
  }

  /**
   * What the query after an ambiguous pushOrder failure says: the order (if it is this request's),
   * a confirmed absence, or a failure to ask (thrown, so the original failure is reported).
   */
  private Reconciliation<PushOrderResult> reconcile(
      PushOrderRequest request, @Nullable PowerOrder existing, @Nullable Throwable error) {
    if (error != null) {
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause instanceof ApiException && notFound.isNotFound((ApiException) cause)) {
        return Reconciliation.absent();
      }
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
    }
    if (existing.amountYuan().compareTo(BigDecimal.valueOf(request.amountYuan())) != 0
        || (existing.cardId() != null && existing.cardId() != request.cardId())) {
      throw new AmparkException(
          WikeyunClient.VENDOR, "pushOrder",
          "[wikeyun pushOrder] order_no " + request.orderNo() + " exists at Wikeyun for card " + existing.cardId()
              + " and " + existing.amountYuan().toPlainString() + " yuan, not for this request (card "
              + request.cardId() + ", " + request.amountYuan() + " yuan): is the order number reused?",
          null);
    }
    return Reconciliation.found(
        PushOrderResult.builder()
            .orderNo(request.orderNo())
            .orderNumber(existing.orderNumber())
            .existingOrder(existing)
            .build());
  }

  private static <T> T present(@Nullable T request) {
    return Checks.notNull("request", request);
  }
}
