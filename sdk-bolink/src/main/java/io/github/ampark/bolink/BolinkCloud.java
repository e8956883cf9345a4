package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.BolinkContext;
import io.github.ampark.bolink.internal.RequestData;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.ChargingDiscountRequest;
import io.github.ampark.bolink.model.CloudRequest;
import io.github.ampark.bolink.model.MonthCarPriceRequest;
import io.github.ampark.bolink.model.MonthCarPriceResult;
import io.github.ampark.bolink.model.PayNoticeRequest;
import io.github.ampark.core.spi.AmparkCall;
import java.util.concurrent.CompletableFuture;

/**
 * The cloud host's {@code /zld/openservice/*} endpoints: 3.11 charging discount, {@code
 * paynoticetopark}, {@code getmonthcarprice}, {@code outpark}, {@code prepayorder}. Get it from
 * {@link BolinkClient#cloud()}.
 *
 * <pre>{@code
 * BolinkClient bolink = BolinkClient.builder().unionId(200666).ukey(ukey)
 *     .parkKey("dlytest_no", ckey)          // every /zld/openservice call of this park is signed with its ckey
 *     .build();
 * bolink.cloud().uploadChargingDiscount(discount);
 * }</pre>
 *
 * <p>Every endpoint here is sent as family B by default — Base64 of {@code {"data":…,"sign":…}}
 * signed with the park's {@code ckey}, answers Base64 and signature-checked — because the cloud
 * open API documents that rule for its {@code /zld} paths and vector BV6 reproduces on {@code
 * getmonthcarprice}. {@code BolinkClient.Builder#openServiceTransport} and {@code
 * #chargingDiscountTransport} switch to plain JSON signed with {@code ukey} (the only example 3.11
 * shows). Nothing here is resent once it may have reached Bolink, except the price question.
 */
public final class BolinkCloud {
  private final BolinkContext ctx;

  BolinkCloud(BolinkContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Reports a charging session's parking discount (3.11 {@code uploaddurationinfo}). Never resent
   * once it may have reached Bolink.
   *
   * @param request the discount (3.11 {@code uploaddurationinfo})
   * @return the acknowledgement
   */
  public BolinkAck uploadChargingDiscount(ChargingDiscountRequest request) {
    return chargingDiscountCall(request).execute();
  }

  /**
   * Does the same as {@link #uploadChargingDiscount(ChargingDiscountRequest)} without blocking: the
   * returned future completes with its result or fails with its exception, under the same call
   * deadline.
   *
   * @param request the discount
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> uploadChargingDiscountAsync(ChargingDiscountRequest request) {
    return chargingDiscountCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> chargingDiscountCall(ChargingDiscountRequest request) {
    return ctx.open(ctx.chargingDiscountTransport, request.parkId())
        .uploadChargingDiscount(RequestData.body(RequestData.chargingDiscount(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("uploadChargingDiscount", env));
  }

  /**
   * Tells Bolink about a payment or reduction made outside it, for a car in the park ({@code
   * paynoticetopark}). Never resent once it may have reached Bolink.
   *
   * @param request the notice ({@code paynoticetopark})
   * @return the acknowledgement
   */
  public BolinkAck payNoticeToPark(PayNoticeRequest request) {
    return payNoticeCall(request).execute();
  }

  /**
   * Does the same as {@link #payNoticeToPark(PayNoticeRequest)} without blocking: the returned
   * future completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the notice
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> payNoticeToParkAsync(PayNoticeRequest request) {
    return payNoticeCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> payNoticeCall(PayNoticeRequest request) {
    return ctx.open(ctx.openServiceTransport, request.parkId())
        .payNoticeToPark(RequestData.body(RequestData.payNotice(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("payNoticeToPark", env));
  }

  /**
   * Asks the cloud host what renewing a monthly card costs ({@code getmonthcarprice}). A question:
   * retried on transient failures.
   *
   * @param request the question ({@code getmonthcarprice})
   * @return the price
   */
  public MonthCarPriceResult monthCarPrice(MonthCarPriceRequest request) {
    return monthCarPriceCall(request).execute();
  }

  /**
   * Does the same as {@link #monthCarPrice(MonthCarPriceRequest)} without blocking: the returned
   * future completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the question
   * @return the price, eventually
   */
  public CompletableFuture<MonthCarPriceResult> monthCarPriceAsync(MonthCarPriceRequest request) {
    return monthCarPriceCall(request).executeAsync();
  }

  private AmparkCall<MonthCarPriceResult> monthCarPriceCall(MonthCarPriceRequest request) {
    return ctx.open(ctx.openServiceTransport, request.parkId())
        .monthCarPrice(RequestData.body(RequestData.monthCarPrice(request, ctx.unionId)))
        .map(data -> ctx.responses.monthCarPrice("monthCarPrice", data));
  }

  /**
   * Sends a park's {@code outpark} call to the cloud host. Never resent once it may have reached
   * Bolink.
   *
   * @param request the park and the endpoint's fields ({@code outpark})
   * @return the acknowledgement
   */
  public BolinkAck outPark(CloudRequest request) {
    return outParkCall(request).execute();
  }

  /**
   * Does the same as {@link #outPark(CloudRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the park and fields
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> outParkAsync(CloudRequest request) {
    return outParkCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> outParkCall(CloudRequest request) {
    return ctx.open(ctx.openServiceTransport, request.parkId()).outPark(RequestData.body(RequestData.cloud(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("outPark", env));
  }

  /**
   * Sends a park's {@code prepayorder} call to the cloud host. Never resent once it may have
   * reached Bolink.
   *
   * @param request the park and the endpoint's fields ({@code prepayorder})
   * @return the acknowledgement
   */
  public BolinkAck prepayOrder(CloudRequest request) {
    return prepayOrderCall(request).execute();
  }

  /**
   * Does the same as {@link #prepayOrder(CloudRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the park and fields
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> prepayOrderAsync(CloudRequest request) {
    return prepayOrderCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> prepayOrderCall(CloudRequest request) {
    return ctx.open(ctx.openServiceTransport, request.parkId()).prepayOrder(RequestData.body(RequestData.cloud(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("prepayOrder", env));
  }
}
