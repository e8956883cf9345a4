package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.BolinkContext;
import io.github.ampark.bolink.internal.ExitOrderLookup;
import io.github.ampark.bolink.internal.RequestData;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.EntryOrderRequest;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.OrderPage;
import io.github.ampark.bolink.model.OrderState;
import io.github.ampark.bolink.model.QueryOrderStateRequest;
import io.github.ampark.bolink.model.QueryOrdersRequest;
import io.github.ampark.bolink.model.RefundRequest;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import java.util.concurrent.CompletableFuture;

/**
 * Parking orders (union API, {@code ukey}): 3.1 entry, 3.2 exit, 4.1 history, 4.2 refund, 4.3
 * payment state. Get it from {@link BolinkClient#orders()}.
 *
 * <pre>{@code
 * bolink.orders().entryOrder(EntryOrderRequest.builder().parkId("1001").orderId("A1").carNumber("京A12345")
 *     .inTime(in).emptyPlot(55).build());
 * bolink.orders().exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("A1").carNumber("京A12345")
 *     .inTime(in).outTime(out).payType(PayType.WALLET).totalYuan(new BigDecimal("12.50")).emptyPlot(56).build());
 * OrderPage page = bolink.orders().queryOrders(QueryOrdersRequest.builder().parkId("1001").startTime(from).endTime(to).build());
 * }</pre>
 *
 * <p>{@code exitOrder} is keyed by {@code order_id}: after a lost answer, 4.1 is asked for that
 * order; only a well-formed, complete answer proves it absent, and even then it is resent only with
 * {@code IfAbsent.RESEND} after a second agreeing answer (see docs/bolink.md). {@code entryOrder}
 * and {@code refund} are never resent once they may have reached Bolink: no query finds an in-park
 * order or a refund by key. Queries are retried on transient failures.
 */
public final class BolinkOrders {
  private final BolinkContext ctx;

  BolinkOrders(BolinkContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Uploads a car's entry (3.1 提交停车进场纪录). Never resent once it may have reached Bolink: no query
   * finds an in-park order by key.
   *
   * @param request the entry (3.1 {@code /unionapi/neworder/addorder})
   * @return the acknowledgement
   */
  public BolinkAck entryOrder(EntryOrderRequest request) {
    return entryOrderCall(request).execute();
  }

  /**
   * Does the same as {@link #entryOrder(EntryOrderRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the entry
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> entryOrderAsync(EntryOrderRequest request) {
    return entryOrderCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> entryOrderCall(EntryOrderRequest request) {
    return ctx.unionService.entryOrder(RequestData.body(RequestData.entryOrder(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("entryOrder", env));
  }

  /**
   * Reports a car leaving (3.2 {@code /unionapi/neworder/updateorder}).
   *
   * @param request the exit
   * @return the acknowledgement ({@link BolinkAck#reconciled()} if the lookup found it after a lost answer)
   * @throws io.github.ampark.core.OutcomeUnknownException if the answer was lost and the lookup
   *     did not prove what happened (or proved absence, with the default {@code IfAbsent.THROW})
   */
  public BolinkAck exitOrder(ExitOrderRequest request) {
    return exitOrderCall(request).execute();
  }

  /**
   * Does the same as {@link #exitOrder(ExitOrderRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the exit
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> exitOrderAsync(ExitOrderRequest request) {
    return exitOrderCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> exitOrderCall(ExitOrderRequest request) {
    return BusinessKeyCalls.keyed(ctx.union, "exitOrder", request.orderId(),
        ctx.unionService.exitOrder(RequestData.body(RequestData.exitOrder(request, ctx.unionId)))
            .map(env -> ctx.responses.ack("exitOrder", env)),
        failure -> ctx.unionService.queryOrders(RequestData.body(RequestData.queryOrders(ExitOrderLookup.query(request), ctx.unionId)))
            .map(env -> ExitOrderLookup.reconcile(env, request)),
        ctx.ifAbsent);
  }

  /**
   * Searches orders of a time range of at most one natural month (4.1 查询), one page at a time. A
   * question: retried on transient failures.
   *
   * @param request the search (4.1 {@code /unionapi/neworder/queryorders})
   * @return one page
   */
  public OrderPage queryOrders(QueryOrdersRequest request) {
    return queryOrdersCall(request).execute();
  }

  /**
   * Does the same as {@link #queryOrders(QueryOrdersRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the search
   * @return one page, eventually
   */
  public CompletableFuture<OrderPage> queryOrdersAsync(QueryOrdersRequest request) {
    return queryOrdersCall(request).executeAsync();
  }

  private AmparkCall<OrderPage> queryOrdersCall(QueryOrdersRequest request) {
    return ctx.unionService.queryOrders(RequestData.body(RequestData.queryOrders(request, ctx.unionId)))
        .map(env -> ctx.responses.orderPage("queryOrders", env));
  }

  /**
   * Refunds a payment (4.2 {@code /unionapi/neworder/refund}). Never resent once it may have
   * reached Bolink; after a {@code TransportException} with {@code mayHaveReachedVendor()}, check
   * 4.1 / 4.3 before refunding again.
   *
   * @param request the refund
   * @return the acknowledgement
   */
  public BolinkAck refund(RefundRequest request) {
    return refundCall(request).execute();
  }

  /**
   * Does the same as {@link #refund(RefundRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the refund
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> refundAsync(RefundRequest request) {
    return refundCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> refundCall(RefundRequest request) {
    return ctx.unionService.refund(RequestData.body(RequestData.refund(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("refund", env));
  }

  /**
   * Asks the state of a payment by its {@code trade_no} (4.3 订单状态查询). A question: retried on
   * transient failures.
   *
   * @param request the question (4.3 {@code /unionapi/neworder/queryOrderState})
   * @return the answer
   */
  public OrderState queryOrderState(QueryOrderStateRequest request) {
    return queryOrderStateCall(request).execute();
  }

  /**
   * Does the same as {@link #queryOrderState(QueryOrderStateRequest)} without blocking: the
   * returned future completes with its result or fails with its exception, under the same call
   * deadline.
   *
   * @param request the question
   * @return the answer, eventually
   */
  public CompletableFuture<OrderState> queryOrderStateAsync(QueryOrderStateRequest request) {
    return queryOrderStateCall(request).executeAsync();
  }

  private AmparkCall<OrderState> queryOrderStateCall(QueryOrderStateRequest request) {
    return ctx.unionService.queryOrderState(RequestData.body(RequestData.queryOrderState(request, ctx.unionId)))
        .map(env -> ctx.responses.orderState("queryOrderState", request.tradeNo(), env));
  }
}
