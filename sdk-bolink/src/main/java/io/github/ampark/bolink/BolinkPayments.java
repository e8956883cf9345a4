package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.internal.BolinkContext;
import io.github.ampark.bolink.internal.RequestData;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.EtcPayRequest;
import io.github.ampark.bolink.model.MonthCardPayRequest;
import io.github.ampark.bolink.model.MonthCardPayResult;
import io.github.ampark.bolink.model.PaymentRequest;
import io.github.ampark.bolink.model.PaymentResult;
import io.github.ampark.bolink.model.QueryOrderStateRequest;
import io.github.ampark.bolink.model.RedPacketChangeRequest;
import io.github.ampark.bolink.model.RedPacketChangeResult;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.RequestBody;

/**
 * Payments (union API): parking-fee payments ({@code bolinkparkpay}, {@code bolinkunified}), 3.3
 * monthly-card renewal, 3.7 ETC, 3.10 red-packet change. Get it from {@link BolinkClient#payments()}.
 *
 * <pre>{@code
 * PaymentResult r = bolink.payments().prepay(PaymentRequest.builder().parkId("123456")
 *     .tradeNo("20226210000000011655692629").amountYuan(new BigDecimal("0.01")).title("停车费")
 *     .method(PaymentMethod.QR_CODE).channel(PaymentChannel.ALIPAY).build());
 * }</pre>
 *
 * <p>{@code prepay}, {@code unifiedPay} and {@code payMonthCard} are keyed by {@code trade_no}:
 * after a lost answer 4.3 is asked; an answer naming this {@code trade_no} is the result
 * ({@code reconciled()}), anything else is {@link io.github.ampark.core.OutcomeUnknownException}
 * (4.3 documents no "not found", so a payment is never resent). {@code etcPay} and {@code
 * redPacketChange} move money with no query by key: never resent once they may have reached Bolink.
 */
public final class BolinkPayments {
  private final BolinkContext ctx;

  BolinkPayments(BolinkContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Takes a parking-fee payment ({@code bolinkparkpay}). Keyed by {@code trade_no}: after a lost
   * answer, 4.3 is asked instead of paying again.
   *
   * @param request the payment ({@code /unionapi/bolinkparkpay}, {@code union_id} top level)
   * @return Bolink's answer
   */
  public PaymentResult prepay(PaymentRequest request) {
    return payCall("prepay", request, ctx.unionService::prepay).execute();
  }

  /**
   * Does the same as {@link #prepay(PaymentRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the payment
   * @return Bolink's answer, eventually
   */
  public CompletableFuture<PaymentResult> prepayAsync(PaymentRequest request) {
    return payCall("prepay", request, ctx.unionService::prepay).executeAsync();
  }

  /**
   * Takes a parking-fee payment through Bolink's unified payment ({@code bolinkunified}). Keyed by
   * {@code trade_no}: after a lost answer, 4.3 is asked instead of paying again.
   *
   * @param request the payment ({@code /unionapi/bolinkunified}, {@code union_id} top level)
   * @return Bolink's answer
   */
  public PaymentResult unifiedPay(PaymentRequest request) {
    return payCall("unifiedPay", request, ctx.unionService::unifiedPay).execute();
  }

  /**
   * Does the same as {@link #unifiedPay(PaymentRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the payment
   * @return Bolink's answer, eventually
   */
  public CompletableFuture<PaymentResult> unifiedPayAsync(PaymentRequest request) {
    return payCall("unifiedPay", request, ctx.unionService::unifiedPay).executeAsync();
  }

  private AmparkCall<PaymentResult> payCall(String op, PaymentRequest request, Function<RequestBody, AmparkCall<JsonNode>> endpoint) {
    QueryOrderStateRequest lookup = QueryOrderStateRequest.builder().parkId(request.parkId()).tradeNo(request.tradeNo()).build();
    return BusinessKeyCalls.keyed(ctx.union, op, request.tradeNo(),
        endpoint.apply(RequestData.body(RequestData.payment(request, ctx.clock.instant())))
            .map(env -> ctx.responses.payment(op, request.tradeNo(), env, false)),
        failure -> stateQuery(lookup).map(env -> ctx.responses.paymentLookup(op, request.tradeNo(), env)),
        IfAbsent.THROW);
  }

  /**
   * Renews a monthly card (3.3 {@code /unionapi/paymonthcard}, {@code union_id} top level).
   *
   * @param request the renewal
   * @return the pay URL
   */
  public MonthCardPayResult payMonthCard(MonthCardPayRequest request) {
    return monthCardCall(request).execute();
  }

  /**
   * Does the same as {@link #payMonthCard(MonthCardPayRequest)} without blocking: the returned
   * future completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the renewal
   * @return the pay URL, eventually
   */
  public CompletableFuture<MonthCardPayResult> payMonthCardAsync(MonthCardPayRequest request) {
    return monthCardCall(request).executeAsync();
  }

  private AmparkCall<MonthCardPayResult> monthCardCall(MonthCardPayRequest request) {
    QueryOrderStateRequest lookup = QueryOrderStateRequest.builder().parkId(request.parkId()).tradeNo(request.tradeNo())
        .queryType(1).build();
    return BusinessKeyCalls.keyed(ctx.union, "payMonthCard", request.tradeNo(),
        ctx.unionService.payMonthCard(RequestData.body(RequestData.monthCardPay(request, ctx.clock.instant())))
            .map(env -> ctx.responses.monthCardPay("payMonthCard", request.tradeNo(), env)),
        failure -> stateQuery(lookup).map(env -> ctx.responses.monthCardLookup("payMonthCard", request.tradeNo(), env)),
        IfAbsent.THROW);
  }

  private AmparkCall<JsonNode> stateQuery(QueryOrderStateRequest lookup) {
    return ctx.unionService.queryOrderState(RequestData.body(RequestData.queryOrderState(lookup, ctx.unionId)));
  }

  /**
   * Deducts a parking fee by ETC (3.7). Never resent once it may have reached Bolink.
   *
   * @param request the deduction (3.7 {@code /unionapi/etcPayApi}, {@code union_id} top level)
   * @return the acknowledgement
   */
  public BolinkAck etcPay(EtcPayRequest request) {
    return etcPayCall(request).execute();
  }

  /**
   * Does the same as {@link #etcPay(EtcPayRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the deduction
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> etcPayAsync(EtcPayRequest request) {
    return etcPayCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> etcPayCall(EtcPayRequest request) {
    return ctx.unionService.etcPay(RequestData.body(RequestData.etcPay(request))).map(env -> ctx.responses.ack("etcPay", env));
  }

  /**
   * Pays a driver's change as a WeChat red packet (3.10 红包找零). Never resent once it may have
   * reached Bolink.
   *
   * @param request the change (3.10 {@code /unionapi/getWxRedPacketUrlNew})
   * @return where the driver collects it
   */
  public RedPacketChangeResult redPacketChange(RedPacketChangeRequest request) {
    return redPacketCall(request).execute();
  }

  /**
   * Does the same as {@link #redPacketChange(RedPacketChangeRequest)} without blocking: the
   * returned future completes with its result or fails with its exception, under the same call
   * deadline.
   *
   * @param request the change
   * @return the URL, eventually
   */
  public CompletableFuture<RedPacketChangeResult> redPacketChangeAsync(RedPacketChangeRequest request) {
    return redPacketCall(request).executeAsync();
  }

  private AmparkCall<RedPacketChangeResult> redPacketCall(RedPacketChangeRequest request) {
    return ctx.unionService.redPacketChange(RequestData.body(RequestData.redPacketChange(request, ctx.unionId, ctx.clock.instant())))
        .map(env -> ctx.responses.redPacket("redPacketChange", env));
  }
}
