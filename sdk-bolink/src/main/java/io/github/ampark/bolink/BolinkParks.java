package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.BolinkContext;
import io.github.ampark.bolink.internal.RequestData;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.ParkCheckRequest;
import io.github.ampark.bolink.model.ParkCheckResult;
import io.github.ampark.bolink.model.ParkInfoRequest;
import io.github.ampark.bolink.model.ParkResult;
import io.github.ampark.bolink.model.ParkSetupRequest;
import io.github.ampark.core.spi.AmparkCall;
import java.util.concurrent.CompletableFuture;

/**
 * Car parks (union API): 2.1 publish, 2.2 update, 2.5 plate-less entry setting, and the {@code
 * park_check} entry question. Get it from {@link BolinkClient#parks()}.
 *
 * <pre>{@code
 * ParkResult r = bolink.parks().addPark(ParkInfoRequest.builder().parkId("1001").name("上地三街9号院")
 *     .totalPlot(90).emptyPlot(56).build());
 * ParkCheckResult verdict = bolink.parks().parkCheck(ParkCheckRequest.builder().parkId("1001").carNumber("京A12345").build());
 * }</pre>
 *
 * <p>{@code addPark} is never resent once it may have reached Bolink; {@code updatePark} and
 * {@code parkSetup} set absolute values and {@code parkCheck} is a question, so they are retried on
 * transient failures.
 */
public final class BolinkParks {
  private final BolinkContext ctx;

  BolinkParks(BolinkContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Publishes a car park to Bolink (2.1 发布车场). Never resent once it may have reached Bolink.
   *
   * @param request the park (2.1 {@code /unionapi/newpark/addpark})
   * @return Bolink's answer
   */
  public ParkResult addPark(ParkInfoRequest request) {
    return addParkCall(request).execute();
  }

  /**
   * Does the same as {@link #addPark(ParkInfoRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the park
   * @return Bolink's answer, eventually
   */
  public CompletableFuture<ParkResult> addParkAsync(ParkInfoRequest request) {
    return addParkCall(request).executeAsync();
  }

  private AmparkCall<ParkResult> addParkCall(ParkInfoRequest request) {
    return ctx.unionService.addPark(RequestData.body(RequestData.parkInfo(request, ctx.unionId, false)))
        .map(env -> ctx.responses.park("addPark", env));
  }

  /**
   * Updates a published park (2.2). Sets absolute values, so it is retried on transient failures.
   *
   * @param request the park, with {@code updateType} (2.2 {@code /unionapi/newpark/updatepark})
   * @return Bolink's answer
   */
  public ParkResult updatePark(ParkInfoRequest request) {
    return updateParkCall(request).execute();
  }

  /**
   * Does the same as {@link #updatePark(ParkInfoRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the park
   * @return Bolink's answer, eventually
   */
  public CompletableFuture<ParkResult> updateParkAsync(ParkInfoRequest request) {
    return updateParkCall(request).executeAsync();
  }

  private AmparkCall<ParkResult> updateParkCall(ParkInfoRequest request) {
    return ctx.unionService.updatePark(RequestData.body(RequestData.parkInfo(request, ctx.unionId, true)))
        .map(env -> ctx.responses.park("updatePark", env));
  }

  /**
   * Asks Bolink whether a car may enter ({@code park_check}). A question: retried on transient
   * failures.
   *
   * @param request the car ({@code /unionapi/neworder/uploadData}, {@code park_check})
   * @return Bolink's verdict
   */
  public ParkCheckResult parkCheck(ParkCheckRequest request) {
    return parkCheckCall(request).execute();
  }

  /**
   * Does the same as {@link #parkCheck(ParkCheckRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the car
   * @return the verdict, eventually
   */
  public CompletableFuture<ParkCheckResult> parkCheckAsync(ParkCheckRequest request) {
    return parkCheckCall(request).executeAsync();
  }

  private AmparkCall<ParkCheckResult> parkCheckCall(ParkCheckRequest request) {
    return ctx.unionService.parkCheck(RequestData.body(RequestData.parkCheck(request, ctx.unionId)))
        .map(env -> ctx.responses.parkCheck("parkCheck", env));
  }

  /**
   * Sets a park's plate-less entry option (2.5). Sets an absolute value, so it is retried on
   * transient failures.
   *
   * @param request the setting (2.5 {@code /unionapi/newpark/setUp})
   * @return the acknowledgement
   */
  public BolinkAck parkSetup(ParkSetupRequest request) {
    return parkSetupCall(request).execute();
  }

  /**
   * Does the same as {@link #parkSetup(ParkSetupRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the setting
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> parkSetupAsync(ParkSetupRequest request) {
    return parkSetupCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> parkSetupCall(ParkSetupRequest request) {
    return ctx.unionService.parkSetup(RequestData.body(RequestData.parkSetup(request, ctx.unionId)))
        .map(env -> ctx.responses.ack("parkSetup", env));
  }
}
