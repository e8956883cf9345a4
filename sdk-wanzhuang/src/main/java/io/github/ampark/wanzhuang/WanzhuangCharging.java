package io.github.ampark.wanzhuang;

import static io.github.ampark.wanzhuang.WanzhuangDevices.present;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Checks;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.wanzhuang.internal.Bodies;
import io.github.ampark.wanzhuang.internal.Calls;
import io.github.ampark.wanzhuang.internal.Mappers;
import io.github.ampark.wanzhuang.internal.WanzhuangService;
import io.github.ampark.wanzhuang.model.Acknowledgement;
import io.github.ampark.wanzhuang.model.CallbackLogEntry;
import io.github.ampark.wanzhuang.model.ChargeIdRequest;
import io.github.ampark.wanzhuang.model.DeviceState;
import io.github.ampark.wanzhuang.model.PortState;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StartChargeResult;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Charging and the callback tools ({@code /open/charge/*}, {@code /open/callback/*}) of one {@link
 * WanzhuangClient}.
 *
 * <pre>{@code
 * StartChargeResult started = client.charging().startCharge(StartChargeRequest.builder()
 *     .deviceNum("18000001").devicePort(1).chargeId(1751254762038L)
 *     .chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build());
 * client.charging().stopCharge(StopChargeRequest.of("18000001", 1, 1751254762038L));
 * }</pre>
 *
 * <p><b>A charge is never started twice by the SDK.</b> {@code startCharge} is keyed on {@code
 * charge_id}. If its answer is lost after the request may have arrived, the client reads the port
 * ({@code GET /open/device/state}) and, unless the port carries this {@code charge_id}, the callback
 * log of the charge ({@code GET /open/callback/log}):
 *
 * <ul>
 *   <li>the port or a log entry names this {@code charge_id} (and, where given, this device): the
 *       charge started; a {@link StartChargeResult#reconciled()} result is returned;
 *   <li>the state answer lists the port with another or no {@code charge_id} <em>and</em> the log is a
 *       well-formed empty list: the vendor shows no such charge. By default ({@link IfAbsent#THROW}) an
 *       {@link io.github.ampark.core.OutcomeUnknownException} with {@code absenceReported()} is
 *       thrown; with {@code ifAbsent(IfAbsent.RESEND)} a second pair of reads after the settle delay
 *       must agree before the start is sent once more. (The port alone proves nothing: a charge that
 *       started and already ended leaves it.)
 *   <li>anything else: {@link io.github.ampark.core.OutcomeUnknownException}, nothing resent.
 * </ul>
 *
 * All of it runs within the client's call deadline. {@code stopCharge} is safe to repeat and is
 * retried on I/O errors.
 */
public final class WanzhuangCharging {
  private static final List<String> RECONCILE_FIELDS = Collections.unmodifiableList(Arrays.asList("state", "charge_id"));

  private final ClientRuntime runtime;
  private final WanzhuangService service;
  private final Bodies bodies;
  private final IfAbsent ifAbsent;

  WanzhuangCharging(ClientRuntime runtime, WanzhuangService service, Bodies bodies, IfAbsent ifAbsent) {
    this.runtime = runtime;
    this.service = service;
    this.bodies = bodies;
    this.ifAbsent = ifAbsent;
  }

  /**
   * Starts a charge ({@code POST /open/charge/start}, JSON), at most once per {@code charge_id}: after
   * a lost answer the client reconciles through the port state and the callback log (see the class
   * comment) instead of sending again.
   *
   * @param r the charge: device, port, your {@code charge_id}, mode and amount
   * @return the started charge; {@link StartChargeResult#reconciled()} when found by reconciliation
   * @throws io.github.ampark.core.ValidationException when {@code r} is {@code null}
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   * @throws io.github.ampark.core.OutcomeUnknownException when the charge may or may not have started
   */
  public StartChargeResult startCharge(StartChargeRequest r) {
    return startCall(r).execute();
  }

  /**
   * Like {@link #startCharge}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the charge
   * @return the started charge, eventually
   */
  public CompletableFuture<StartChargeResult> startChargeAsync(StartChargeRequest r) {
    return startCall(r).executeAsync();
  }

  /**
   * Stops a charge ({@code POST /open/charge/stop}, JSON); safe to repeat, so it is retried on I/O
   * errors.
   *
   * @param r the device, port and {@code charge_id} to stop
   * @return Wanzhuang's acknowledgement
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   * @throws io.github.ampark.core.TransportException when no answer arrived
   */
  public Acknowledgement stopCharge(StopChargeRequest r) {
    return service.stop(bodies.stopCharge(present(r))).map(Mappers::ack).execute();
  }

  /**
   * Like {@link #stopCharge}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the charge
   * @return the answer, eventually
   */
  public CompletableFuture<Acknowledgement> stopChargeAsync(StopChargeRequest r) {
    return service.stop(bodies.stopCharge(present(r))).map(Mappers::ack).executeAsync();
  }

  /**
   * Reads the latest start-charge and end-order callbacks of a charge ({@code GET /open/callback/log}):
   * each entry's {@link CallbackLogEntry#request()} is what was sent, to replay a callback your
   * endpoint missed with {@code WanzhuangCallbacks.fromLog}.
   *
   * @param r the charge ({@code charge_id})
   * @return the entries, possibly empty
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   * @throws io.github.ampark.core.ResponseFormatException when {@code data} is not a list
   */
  public List<CallbackLogEntry> callbackLog(ChargeIdRequest r) {
    return logCall(r).execute();
  }

  /**
   * Like {@link #callbackLog}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the charge
   * @return the entries, eventually
   */
  public CompletableFuture<List<CallbackLogEntry>> callbackLogAsync(ChargeIdRequest r) {
    return logCall(r).executeAsync();
  }

  /**
   * Asks Wanzhuang to send a charge's finish_order callback again ({@code POST
   * /open/callback/retry/finish_order}, {@code charge_id} as a JSON string). Safe to repeat (it only
   * asks for the callback again), so it is retried on I/O errors.
   *
   * @param r the charge ({@code charge_id})
   * @return Wanzhuang's acknowledgement
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public Acknowledgement retryFinishOrder(ChargeIdRequest r) {
    return service.retryFinishOrder(bodies.retryFinishOrder(present(r))).map(Mappers::ack).execute();
  }

  /**
   * Like {@link #retryFinishOrder}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the charge
   * @return the answer, eventually
   */
  public CompletableFuture<Acknowledgement> retryFinishOrderAsync(ChargeIdRequest r) {
    return service.retryFinishOrder(bodies.retryFinishOrder(present(r))).map(Mappers::ack).executeAsync();
  }

  private AmparkCall<List<CallbackLogEntry>> logCall(ChargeIdRequest r) {
    return service.callbackLog(bodies.chargeIdQuery(present(r))).map(Mappers::callbackLogEntries);
  }

  private AmparkCall<StartChargeResult> startCall(StartChargeRequest request) {
    StartChargeRequest r = present(request);
    return BusinessKeyCalls.keyed(runtime, "startCharge", Long.toString(r.chargeId()),
        service.start(bodies.startCharge(r)).map(env -> started(r, env)),
        failure -> reconcile(r),
        ifAbsent);
  }

  private static StartChargeResult started(StartChargeRequest r, JsonNode env) {
    return StartChargeResult.builder().deviceNum(r.deviceNum()).devicePort(r.devicePort()).chargeId(r.chargeId())
        .message(Mappers.text(env.get("message"))).data(Mappers.fields(env.path("data"))).build();
  }

  /** The port's charge_id first; then the callback log of the charge. */
  private AmparkCall<Reconciliation<StartChargeResult>> reconcile(StartChargeRequest r) {
    return Calls.then(
        service.state(r.deviceNum(), RECONCILE_FIELDS, Collections.<String, String>emptyMap()),
        stateEnv -> {
          DeviceState state = Mappers.deviceState(stateEnv.path("data"));
          Optional<PortState> port = state.port(r.devicePort());
          if (port.isPresent() && port.get().chargeId() != null && port.get().chargeId() == r.chargeId()) {
            return Calls.done(Reconciliation.found(reconciled(r, port.get())));
          }
          boolean portCovered = state.portsRecognised() && port.isPresent();
          return service.callbackLog(bodies.chargeIdQuery(ChargeIdRequest.of(r.chargeId())))
              .map(logEnv -> fromLog(r, Mappers.callbackLog(logEnv), portCovered));
        });
  }

  private static Reconciliation<StartChargeResult> fromLog(StartChargeRequest r, Mappers.Log log, boolean portCovered) {
    if (!log.wellFormed) {
      return Reconciliation.unknown("the callback log's data was not a list");
    }
    for (CallbackLogEntry e : log.entries) {
      if (e.chargeId() != null && e.chargeId() == r.chargeId()) {
        String device = e.request().get("device_num");
        String port = e.request().get("device_port");
        if (device != null && !device.equals(r.deviceNum())
            || port != null && !port.trim().equals(Long.toString(r.devicePort()))) {
          return Reconciliation.unknown("the callback log names charge_id " + r.chargeId() + " on device "
              + Checks.echo(device) + " port " + Checks.echo(port) + ", not this request's: is the charge_id reused?");
        }
        return Reconciliation.found(StartChargeResult.builder().deviceNum(r.deviceNum()).devicePort(r.devicePort())
            .chargeId(r.chargeId()).reconciled(true).data(e.fields()).build());
      }
    }
    if (!log.entries.isEmpty()) {
      return Reconciliation.unknown("the callback log listed " + log.entries.size() + " entries, none naming this charge_id");
    }
    if (!portCovered) {
      return Reconciliation.unknown("the state answer did not list port " + r.devicePort() + " and the callback log is empty");
    }
    return Reconciliation.absent();
  }

  private static StartChargeResult reconciled(StartChargeRequest r, PortState port) {
    return StartChargeResult.builder().deviceNum(r.deviceNum()).devicePort(r.devicePort()).chargeId(r.chargeId())
        .reconciled(true).data(port.fields()).build();
  }
}
