package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.wanzhuang.FakeWanzhuang;
import io.github.ampark.wanzhuang.model.ChargeIdRequest;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.CreateRenewOrderRequest;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.DeviceStateListRequest;
import io.github.ampark.wanzhuang.model.DeviceStateRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.OnlineLogRequest;
import io.github.ampark.wanzhuang.model.PageRequest;
import io.github.ampark.wanzhuang.model.PortErrorRequest;
import io.github.ampark.wanzhuang.model.PortStatus;
import io.github.ampark.wanzhuang.model.RenewOrder;
import io.github.ampark.wanzhuang.model.RenewStatusRequest;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StartChargeResult;
import io.github.ampark.wanzhuang.model.StartPowerEvent;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import io.github.ampark.wanzhuang.model.WanzhuangReply;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against FakeWanzhuang: every typed endpoint, wrong signers refused, safe charge starts, callbacks end to end. */
class AgainstFakeTest {
  FakeWanzhuang fake;
  HttpServer receiver;
  final List<Object> handled = new CopyOnWriteArrayList<>();
  final WanzhuangCallbacks callbacks = WanzhuangCallbacks.builder().build();

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/wz/cb", exchange -> callbacks.handle(CallbackRequest.from(exchange), new WanzhuangHandler() {
      @Override
      public WanzhuangReply onStartPower(StartPowerEvent e) {
        handled.add(e);
        return WanzhuangReply.acknowledge();
      }

      @Override
      public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
        handled.add(e);
        return WanzhuangReply.acknowledge();
      }
    }).writeTo(exchange));
    receiver.start();
    fake = FakeWanzhuang.builder().callbackBase("http://127.0.0.1:" + receiver.getAddress().getPort() + "/wz/cb")
        .callbackInterval(Duration.ofMillis(5)).start();
    fake.seedDevice("18000001", 4, 2);
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.stop(0);
  }

  WanzhuangClient client() {
    return WanzhuangClient.builder(FakeWanzhuang.APP_ID, FakeWanzhuang.SECRET, fake.url()).retryPolicy(RetryPolicy.none()).build();
  }

  static StartChargeRequest charge(long id) {
    return StartChargeRequest.builder().deviceNum("18000001").devicePort(1).chargeId(id).chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build();
  }

  @Test
  void aClientSigningWithTheWrongSecretIsRefusedAndChangesNothing() {
    try (WanzhuangClient wrong = WanzhuangClient.builder(FakeWanzhuang.APP_ID, "not-the-secret", fake.url()).build()) {
      assertThatThrownBy(() -> wrong.charging().startCharge(charge(1)))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo(Integer.toString(FakeWanzhuang.SIGN_ERROR)));
    }
    assertThat(fake.portState("18000001", 1)).contains(0);
    assertThat(fake.startsAccepted()).isZero();
  }

  @Test
  void aClientUsingTheOtherHashReadingIsRefusedAndTheMatchingOneAccepted() {
    try (WanzhuangClient sha = WanzhuangClient.builder(FakeWanzhuang.APP_ID, FakeWanzhuang.SECRET, fake.url())
        .signer(s -> s.withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED)).build()) {
      assertThatThrownBy(() -> sha.devices().findOne(DeviceRequest.of("18000001"))).isInstanceOf(ApiException.class);
      fake.hash(FakeWanzhuang.Hash.SHA256_APPENDED);
      assertThat(sha.devices().findOne(DeviceRequest.of("18000001")).text("device_num")).contains("18000001");
    }
  }

  @Test
  void everyTypedEndpointIsAcceptedByTheFake() {
    try (WanzhuangClient c = client()) {
      c.devices().addDevice(DeviceRequest.of("18000002"));
      c.devices().saveMode(DeviceEndpointsWireTest.timeMode2());
      assertThat(fake.savedMode("18000001")).containsEntry("payment_value", "[\"100\",\"200\"]");
      assertThat(c.devices().getMode(DeviceRequest.of("18000001")).chargeMode()).isEqualTo(ChargeMode.TIME_2);
      assertThat(c.devices().getMode(DeviceRequest.of("18000001")).paymentValues()).containsExactly("100", "200");
      c.devices().timeModeInfo(DeviceRequest.of("18000001"));
      c.devices().energyModeInfo(DeviceRequest.of("18000001"));
      c.devices().powerModeInfo(DeviceRequest.of("18000001"));
      c.devices().offlineCardInfo(DeviceRequest.of("18000001"));
      assertThat(c.devices().findMultiDevices(DevicesRequest.of("18000001", "18000002"))).hasSize(2);
      assertThat(c.devices().onlineLog(OnlineLogRequest.of("18000001", 1, 10)).count()).isEqualTo(1);
      c.states().setPortError(PortErrorRequest.of("18000001", 2, true));
      assertThat(c.states().deviceState(DeviceStateRequest.of("18000001")).port(2).get().status()).isEqualTo(PortStatus.FAULT);
      c.states().setPortError(PortErrorRequest.of("18000001", 2, false));
      assertThat(c.states().deviceStates(DeviceStateListRequest.builder().addDeviceNums("18000001", "18000002").build())).hasSize(2);
      StartChargeResult r = c.charging().startCharge(charge(42));
      assertThat(r.reconciled()).isFalse();
      c.charging().stopCharge(StopChargeRequest.of("18000001", 1, 42));
      c.charging().stopCharge(StopChargeRequest.of("18000001", 1, 42));
      assertThat(c.charging().callbackLog(ChargeIdRequest.of(42))).hasSize(2);
      c.charging().retryFinishOrder(ChargeIdRequest.of(42));
      c.states().setOffline(DevicesRequest.of("18000002"));
      assertThat(c.renewals().expiringDevices(PageRequest.of(1, 10)).count()).isEqualTo(2);
      RenewOrder o = c.renewals().createRenewOrder(CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build());
      assertThat(o.qrCode()).isEqualTo("https://qr.alipay.com/fake20250109105805123456");
      assertThat(c.renewals().renewStatus(RenewStatusRequest.of("20250109105805123456"))).hasSize(1);
    }
  }

  @Test
  void aLostStartAnswerIsReconciledFromThePortAndNeverStartedTwice() {
    fake.faults().on("POST", FakeWanzhuang.START, Fault.processThenDisconnect());
    StartChargeResult r;
    try (WanzhuangClient c = WanzhuangClient.builder(FakeWanzhuang.APP_ID, FakeWanzhuang.SECRET, fake.url())
        .retryPolicy(RetryPolicy.none()).ifAbsent(IfAbsent.RESEND).build()) {
      r = c.charging().startCharge(charge(77));
    }
    assertThat(r.reconciled()).isTrue();
    assertThat(fake.startsAccepted()).isEqualTo(1);
    assertThat(fake.journal("POST", FakeWanzhuang.START)).hasSize(1);
  }

  @Test
  void aStartThatNeverArrivedIsReportedByDefault() {
    fake.faults().on("POST", FakeWanzhuang.START, Fault.disconnectAfterRequest());
    try (WanzhuangClient c = client()) {
      assertThatThrownBy(() -> c.charging().startCharge(charge(78)))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.absenceReported()).isTrue());
    }
    assertThat(fake.startsAccepted()).isZero();
    assertThat(fake.journal("GET", FakeWanzhuang.STATE)).hasSize(1);
    assertThat(fake.journal("GET", FakeWanzhuang.CALLBACK_LOG)).hasSize(1);
  }

  @Test
  void callbacksAreDeliveredOnceToTheHandlerEvenWhenResent() throws Exception {
    try (WanzhuangClient c = client()) {
      c.charging().startCharge(charge(90));
      Delivery started = fake.deliveries().get(0).get(5, TimeUnit.SECONDS);
      assertThat(started.acknowledged()).isTrue();
      c.charging().stopCharge(StopChargeRequest.of("18000001", 1, 90));
      assertThat(fake.deliveries().get(1).get(5, TimeUnit.SECONDS).acknowledged()).isTrue();
      c.charging().retryFinishOrder(ChargeIdRequest.of(90));
      assertThat(fake.deliveries().get(2).get(5, TimeUnit.SECONDS).acknowledged()).isTrue();
    }
    assertThat(handled).hasSize(2);
    assertThat(handled.get(1)).isInstanceOfSatisfying(FinishOrderEvent.class, f -> {
      assertThat(f.chargeId()).isEqualTo(90);
      assertThat(f.fields()).containsKeys("pay_used", "stop_reason");
    });
  }
}
