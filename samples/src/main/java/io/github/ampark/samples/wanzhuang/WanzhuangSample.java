package io.github.ampark.samples.wanzhuang;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.testkit.wanzhuang.FakeWanzhuang;
import io.github.ampark.wanzhuang.WanzhuangCallbacks;
import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.wanzhuang.WanzhuangEnvironment;
import io.github.ampark.wanzhuang.WanzhuangHandler;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.ChargeType;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.DeviceState;
import io.github.ampark.wanzhuang.model.DeviceStateRequest;
import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.PortState;
import io.github.ampark.wanzhuang.model.SaveModeRequest;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StartChargeResult;
import io.github.ampark.wanzhuang.model.StartPowerEvent;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import io.github.ampark.wanzhuang.model.WanzhuangReply;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wanzhuang (万庄) charging piles, end to end: register a device, set a charging mode (time mode
 * 2), start a charge, receive the start_power callback, stop the charge, receive the finish_order
 * callback, confirm it with a signed call and print the bill.
 *
 * <p>By default it runs against {@link FakeWanzhuang}, in process, with the callbacks delivered to
 * an embedded HTTP endpoint behind a secret path token.
 *
 * <p>Against a real platform only a read is made (a device's port states; starting a charge moves
 * real power): set {@code WANZHUANG_APP_ID}, {@code WANZHUANG_SECRET}, {@code WANZHUANG_DEVICE_NUM}
 * and, for production, {@code WANZHUANG_BASE_URL} (default: the test platform).
 *
 * <pre>{@code
 * mvn -B -q -Psamples -pl samples -am package -Dsamples.main=io.github.ampark.samples.wanzhuang.WanzhuangSample
 * }</pre>
 */
public final class WanzhuangSample {
  static final String TOKEN = "sample-token-0123456789";
  static final String DEVICE = "18000001";

  private WanzhuangSample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the flow, narrating to {@code out}. */
  public static void run(PrintStream out) {
    Map<String, String> env = System.getenv();
    if (env.containsKey("WANZHUANG_APP_ID") && env.containsKey("WANZHUANG_SECRET") && env.containsKey("WANZHUANG_DEVICE_NUM")) {
      runReal(out, env);
    } else {
      runAgainstFake(out);
    }
  }

  static void runReal(PrintStream out, Map<String, String> env) {
    String base = env.getOrDefault("WANZHUANG_BASE_URL", WanzhuangEnvironment.TEST.baseUrl());
    try (WanzhuangClient client = WanzhuangClient.builder(env.get("WANZHUANG_APP_ID"), env.get("WANZHUANG_SECRET"), base).build()) {
      DeviceState s = client.states().deviceState(DeviceStateRequest.of(env.get("WANZHUANG_DEVICE_NUM")));
      out.println("Ports of " + env.get("WANZHUANG_DEVICE_NUM") + " at " + base + ":");
      for (PortState p : s.ports()) {
        out.println("  port " + p.port() + ": " + p.status() + " (state " + p.stateCode() + "), charge_id " + p.chargeId());
      }
    }
  }

  static void runAgainstFake(PrintStream out) {
    out.println("Wanzhuang sample against the in-process FakeWanzhuang "
        + "(set WANZHUANG_APP_ID, WANZHUANG_SECRET and WANZHUANG_DEVICE_NUM for a read-only look at a real platform)");
    CompletableFuture<StartPowerEvent> started = new CompletableFuture<>();
    CompletableFuture<FinishOrderEvent> finished = new CompletableFuture<>();
    WanzhuangHandler handler = new WanzhuangHandler() {
      @Override
      public WanzhuangReply onStartPower(StartPowerEvent e) {
        started.complete(e);
        return WanzhuangReply.acknowledge();
      }

      @Override
      public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
        finished.complete(e);
        return WanzhuangReply.acknowledge();
      }
    };
    HttpServer endpoint = endpoint();
    CallbackHolder holder = new CallbackHolder();
    endpoint.createContext("/wz/", exchange -> holder.callbacks.handle(CallbackRequest.from(exchange), handler).writeTo(exchange));
    endpoint.start();
    String callbackBase = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/wz/" + TOKEN;
    try (FakeWanzhuang fake = FakeWanzhuang.builder().callbackBase(callbackBase).callbackInterval(Duration.ofMillis(50)).start();
        WanzhuangClient client = WanzhuangClient.builder(FakeWanzhuang.APP_ID, FakeWanzhuang.SECRET, fake.url()).build()) {
      holder.callbacks = WanzhuangCallbacks.builder().pathToken(TOKEN).client(client).build();
      out.println("1. Register device " + DEVICE + ": " + client.devices().addDevice(DeviceRequest.of(DEVICE)).message());

      client.devices().saveMode(SaveModeRequest.builder()
          .deviceNum(DEVICE).chargeMode(ChargeMode.TIME_2).chargeType(ChargeType.CUSTOM).addChargeValues("1")
          .maxPower(1000).startFeeFen(100).maxPayFeeFen(1000)
          .addPaymentValuesFen(100L, 200L).addTimeValuesSeconds(3600L, 7200L)
          .notDisturb(false).notDisturbStart("22:00").notDisturbEnd("07:00").notDisturbVolume(3)
          .outageForbidden(false).autoOffWaitTime(60).autoOffLowerPower(5)
          .floatingChargeTime("30").floatingChargePower(10)
          .refundable(true).freeCharge(false).detectTime(5).deviceType(1)
          .build());
      out.println("2. Charging mode set: " + client.devices().getMode(DeviceRequest.of(DEVICE)).chargeMode()
          + ", tiers " + client.devices().getMode(DeviceRequest.of(DEVICE)).paymentValues() + " fen");

      long chargeId = 1751254762038L;
      StartChargeResult r = client.charging().startCharge(StartChargeRequest.builder()
          .deviceNum(DEVICE).devicePort(1).chargeId(chargeId).chargeMode(ChargeMode.TIME_2).totalFeeFen(200).build());
      out.println("3. Charge " + r.chargeId() + " started on port " + r.devicePort());
      StartPowerEvent s = started.get(10, TimeUnit.SECONDS);
      out.println("4. start_power callback: charge " + s.chargeId() + ", state " + s.state()
          + " (confirmed by a signed read: " + holder.callbacks.confirmStart(s) + ")");

      client.charging().stopCharge(StopChargeRequest.of(DEVICE, 1, chargeId));
      out.println("5. Stop sent (safe to repeat)");
      FinishOrderEvent f = finished.get(10, TimeUnit.SECONDS);
      out.println("6. finish_order callback, confirmed by the callback log: " + holder.callbacks.confirmFinish(f));
      out.println("   Bill for charge " + f.chargeId() + ": paid " + f.fields().get("pay_amount") + " fen, used "
          + f.fields().get("pay_used") + " fen, stop reason " + f.fields().get("stop_reason"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a callback did not arrive", e);
    } finally {
      endpoint.stop(0);
    }
  }

  private static HttpServer endpoint() {
    try {
      return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The callbacks, built once the client exists (they confirm with it). */
  private static final class CallbackHolder {
    volatile WanzhuangCallbacks callbacks = WanzhuangCallbacks.builder().pathToken(TOKEN).build();
  }
}
