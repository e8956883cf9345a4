package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.RequiredFieldException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wanzhuang.model.ChargeIdRequest;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.ChargeType;
import io.github.ampark.wanzhuang.model.CreateRenewOrderRequest;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.OnlineLogRequest;
import io.github.ampark.wanzhuang.model.PageRequest;
import io.github.ampark.wanzhuang.model.PortErrorRequest;
import io.github.ampark.wanzhuang.model.PortStatus;
import io.github.ampark.wanzhuang.model.SaveModeRequest;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each domain rule (G1–G19) is checked before anything is sent, by a ValidationException naming the field. */
class RequestValidationTest {

  static void rejects(String field, ThrowingCallable build) {
    assertThatThrownBy(build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  static SaveModeRequest.Builder mode() {
    return DeviceEndpointsWireTest.timeMode2().toBuilder();
  }

  static StartChargeRequest.Builder start() {
    return StartChargeRequest.builder().deviceNum("18000001").devicePort(1).chargeId(1).chargeMode(ChargeMode.TIME_2).totalFeeFen(100);
  }

  @Test
  void saveModeTakesOnlyItsSixModes() {
    rejects("chargeMode", () -> mode().chargeMode(ChargeMode.STANDARD_ENERGY).build());
    rejects("chargeMode", () -> mode().chargeMode(ChargeMode.UNKNOWN).build());
    for (ChargeMode m : new ChargeMode[] {ChargeMode.TIME, ChargeMode.ENERGY, ChargeMode.POWER, ChargeMode.TIME_2, ChargeMode.ENERGY_2, ChargeMode.POWER_2}) {
      assertThatCode(() -> mode().chargeMode(m).build()).doesNotThrowAnyException();
    }
  }

  @Test
  void saveModeRequiresEverySeedRequiredField() {
    assertThatThrownBy(() -> SaveModeRequest.builder().chargeMode(ChargeMode.TIME).build()).isInstanceOf(RequiredFieldException.class)
        .isInstanceOf(ValidationException.class);
    rejects("chargeValues", () -> mode().chargeValues(java.util.Collections.<String>emptyList()).build());
    rejects("chargeType", () -> mode().chargeType(ChargeType.UNKNOWN).build());
  }

  @Test
  void paymentValueTiersAreOneToOneThousandFen() {
    rejects("paymentValuesFen", () -> mode().addPaymentValuesFen(0L).build());
    rejects("paymentValuesFen", () -> mode().addPaymentValuesFen(1001L).build());
    assertThatCode(() -> mode().addPaymentValuesFen(1L, 1000L).build()).doesNotThrowAnyException();
  }

  @Test
  void timeValueTiersAreSixtySecondsToTwelveHours() {
    rejects("timeValuesSeconds", () -> mode().addTimeValuesSeconds(59L).build());
    rejects("timeValuesSeconds", () -> mode().addTimeValuesSeconds(43_201L).build());
    assertThatCode(() -> mode().addTimeValuesSeconds(60L, 43_200L).build()).doesNotThrowAnyException();
  }

  @Test
  void displayDelayIsAtMostSixtySeconds() {
    rejects("displayDelaySeconds", () -> mode().displayDelaySeconds(61L).build());
    rejects("displayDelaySeconds", () -> mode().displayDelaySeconds(-1L).build());
    assertThatCode(() -> mode().displayDelaySeconds(0L).build()).doesNotThrowAnyException();
  }

  @Test
  void workChargeAndTheFourDigitPriceAreNeverBoth() {
    rejects("workChargeTenThousandthYuanPerKwh",
        () -> mode().chargeMode(ChargeMode.ENERGY).workChargeFenPerKwh(100L).workChargeTenThousandthYuanPerKwh(10000L).build());
    rejects("workChargeTenThousandthYuanPerKwh", () -> mode().chargeMode(ChargeMode.TIME).workChargeTenThousandthYuanPerKwh(10000L).build());
    assertThatCode(() -> mode().chargeMode(ChargeMode.ENERGY_2).workChargeTenThousandthYuanPerKwh(10000L).build()).doesNotThrowAnyException();
  }

  @Test
  void settingTypeIsZeroOrOne() {
    rejects("settingType", () -> mode().settingType(2).build());
    assertThatCode(() -> mode().settingType(0).build()).doesNotThrowAnyException();
  }

  @Test
  void feesAreNeverNegative() {
    rejects("startFeeFen", () -> mode().startFeeFen(-1).build());
    rejects("maxPayFeeFen", () -> mode().maxPayFeeFen(-1).build());
    rejects("totalFeeFen", () -> start().totalFeeFen(-1).build());
  }

  @Test
  void modesMatchTheDeviceTypesOfTheSeedWhenTheTypeIsKnown() {
    rejects("chargeMode", () -> mode().chargeMode(ChargeMode.TIME).deviceType(4).build());
    assertThatCode(() -> mode().chargeMode(ChargeMode.TIME).deviceType(3).build()).doesNotThrowAnyException();
    rejects("chargeMode", () -> mode().chargeMode(ChargeMode.POWER).deviceType(3).build());
    rejects("chargeMode", () -> start().chargeMode(ChargeMode.TIME_2).deviceType(12).build());
    assertThatCode(() -> start().chargeMode(ChargeMode.STANDARD_ENERGY).deviceType(13).build()).doesNotThrowAnyException();
    rejects("chargeMode", () -> start().chargeMode(ChargeMode.STANDARD_ENERGY).deviceType(1).build());
    assertThatCode(() -> start().chargeMode(ChargeMode.TIME).build()).doesNotThrowAnyException();
    assertThat(ChargeMode.TIME_2.deviceTypes()).containsExactlyInAnyOrder(1, 4, 5, 6, 8);
    assertThat(ChargeMode.ENERGY.deviceTypes()).containsExactlyInAnyOrder(2, 3);
    assertThat(ChargeMode.TIME.deviceTypes()).containsExactlyInAnyOrder(0, 2, 3);
    assertThat(ChargeMode.POWER_2.deviceTypes()).containsExactlyInAnyOrder(1, 4, 5, 6, 8);
    assertThat(ChargeMode.ENERGY_2.deviceTypes()).containsExactlyInAnyOrder(1, 4, 5, 6, 8);
  }

  @Test
  void energyModeChargesAreAtMostThirtyYuan() {
    rejects("totalFeeFen", () -> start().chargeMode(ChargeMode.ENERGY).totalFeeFen(3001).build());
    rejects("totalFeeFen", () -> start().chargeMode(ChargeMode.ENERGY_2).totalFeeFen(3001).build());
    assertThatCode(() -> start().chargeMode(ChargeMode.ENERGY).totalFeeFen(3000).build()).doesNotThrowAnyException();
    assertThatCode(() -> start().chargeMode(ChargeMode.TIME).totalFeeFen(5000).build()).doesNotThrowAnyException();
  }

  @Test
  void chargeStartTakesSevenModes() {
    rejects("chargeMode", () -> start().chargeMode(ChargeMode.UNKNOWN).build());
    assertThat(ChargeMode.of(11)).isEqualTo(ChargeMode.STANDARD_ENERGY);
    assertThat(ChargeMode.of(3)).isEqualTo(ChargeMode.UNKNOWN);
  }

  @Test
  void portsAndChargeIdsArePositive() {
    rejects("devicePort", () -> start().devicePort(0).build());
    rejects("chargeId", () -> start().chargeId(0).build());
    rejects("devicePort", () -> StopChargeRequest.of("1", -1, 1));
    rejects("chargeId", () -> StopChargeRequest.of("1", 1, -5));
    rejects("devicePort", () -> PortErrorRequest.of("1", 0, true));
    rejects("chargeId", () -> ChargeIdRequest.of(0));
  }

  @Test
  void deviceNumbersAreShortPrintableText() {
    rejects("deviceNum", () -> DeviceRequest.of(""));
    rejects("deviceNum", () -> DeviceRequest.of("18000001\r\nX"));
    rejects("deviceNum", () -> DeviceRequest.of("a b"));
    rejects("deviceNums", () -> DevicesRequest.of());
    assertThatThrownBy(() -> DeviceRequest.of("x".repeat(10_000))).isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("x".repeat(100));
  }

  @Test
  void pagesAndOutTradeNumbers() {
    rejects("page", () -> PageRequest.of(0, 10));
    rejects("limit", () -> PageRequest.of(1, 0));
    rejects("limit", () -> OnlineLogRequest.of("1", 1, 1001));
    rejects("outTradeNo", () -> CreateRenewOrderRequest.builder().outTradeNo("2025010910580512345").build());
    rejects("outTradeNo", () -> CreateRenewOrderRequest.builder().outTradeNo("T0250109105805123456").build());
    assertThatCode(() -> CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build()).doesNotThrowAnyException();
  }

  @Test
  void extraFieldsCannotShadowDocumentedOrSystemFields() {
    rejects("extraFields", () -> start().putExtraFields("sign", "x").build());
    rejects("extraFields", () -> start().putExtraFields("app_id", "x").build());
    rejects("extraFields", () -> start().putExtraFields("charge_id", "2").build());
    rejects("extraFields", () -> start().putExtraFields("a b", "2").build());
  }

  @Test
  void portStatesKnowWhenAChargeCanStartOrContinue() {
    assertThat(PortStatus.of(0).canStart()).isTrue();
    assertThat(PortStatus.of(1).canStart()).isTrue();
    assertThat(PortStatus.of(5).canStart()).isTrue();
    assertThat(PortStatus.of(2).canStart()).isFalse();
    assertThat(PortStatus.of(6).canStart()).isFalse();
    assertThat(PortStatus.of(2).canContinue(7L, 7L)).isTrue();
    assertThat(PortStatus.of(2).canContinue(8L, 7L)).isFalse();
    assertThat(PortStatus.of(3).canContinue(7L, 7L)).isFalse();
    assertThat(PortStatus.of(25)).isEqualTo(PortStatus.RELAY_WELDED);
    assertThat(PortStatus.of(26)).isEqualTo(PortStatus.UNKNOWN);
    assertThat(PortStatus.values()).hasSize(27);
  }

  @Test
  void aNullRequestIsAValidationExceptionNotAnNpe() {
    try (WanzhuangClient c = WanzhuangClient.builder("app", "s", WanzhuangEnvironment.TEST).build()) {
      rejects("request", () -> c.charging().startCharge(null));
      rejects("request", () -> c.devices().saveMode(null));
      rejects("request", () -> c.renewals().createRenewOrder(null));
    }
  }
}
