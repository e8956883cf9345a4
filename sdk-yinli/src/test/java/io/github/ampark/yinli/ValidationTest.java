package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.OtherFee;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input is a ValidationException naming the Java field, and nothing is sent. */
class ValidationTest extends WireTest {
  static void refused(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  static MeterReading.Builder valid() {
    return MeterReading.builder().deviceActualCode("DB-0001").readDate("2025-04").readNum(BigDecimal.ONE);
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBatchNeedsAMallCodeAVersionAndAReading() {
    List<MeterReading> one = List.of(valid().build());
    refused("mallCode", () -> MeterReadingBatch.of(" ", VERSION, one));
    refused("mallCode", () -> MeterReadingBatch.builder().version(VERSION).addAllReadings(one).build());
    refused("version", () -> MeterReadingBatch.of(MALL, "", one));
    refused("version", () -> MeterReadingBatch.builder().mallCode(MALL).addAllReadings(one).build());
    refused("readings", () -> MeterReadingBatch.of(MALL, VERSION, Collections.emptyList()));
    refused("batch", () -> client.assets().pushMeterReadings(null));
    refused("batch", () -> client.assets().pushMeterReadingsAsync(null));
  }

  @Test
  void aReadingNeedsItsMeterItsMonthAndItsReading() {
    refused("deviceActualCode", () -> MeterReading.builder().readDate("2025-04").readNum(BigDecimal.ONE).build());
    refused("deviceActualCode", () -> valid().deviceActualCode("  ").build());
    refused("readDate", () -> MeterReading.builder().deviceActualCode("DB-0001").readNum(BigDecimal.ONE).build());
    refused("readDate", () -> valid().readDate("").build());
    refused("readNum", () -> MeterReading.builder().deviceActualCode("DB-0001").readDate("2025-04").build());
  }

  @Test
  void optionalTextThatIsSetMustNotBeBlank() {
    refused("type", () -> valid().type(" ").build());
    refused("shopCode", () -> valid().shopCode("").build());
    refused("storeNo", () -> valid().storeNo("\t").build());
    assertThat(valid().type("1").shopCode("S").storeNo("N").build().shopCode()).isEqualTo("S");
  }

  @Test
  void listEntriesNeedBothTheirFieldsAndAPriceLevelIsADecimalNumber() {
    refused("priceLevel", () -> ElectricPriceRecord.of("peak", BigDecimal.ONE));
    refused("priceLevel", () -> ElectricPriceRecord.of("01", BigDecimal.ONE));
    refused("priceLevel", () -> ElectricPriceRecord.of("1e3", BigDecimal.ONE));
    refused("priceLevel", () -> ElectricPriceRecord.of(" ", BigDecimal.ONE));
    refused("priceLevel", () -> ElectricPriceRecord.builder().readNum(BigDecimal.ONE).build());
    refused("readNum", () -> ElectricPriceRecord.builder().priceLevel("1").build());
    refused("otherFeeType", () -> OtherFee.of("", BigDecimal.ONE));
    refused("otherFeeAmount", () -> OtherFee.builder().otherFeeType("SERVICE").build());
    assertThat(ElectricPriceRecord.of("12.5", BigDecimal.ONE).priceLevel()).isEqualTo("12.5");
  }

  @Test
  void theClientNeedsABaseUrlAndTheSyncAMallAndVersion() {
    refused("baseUrl", () -> YinliClient.builder().build());
    refused("authenticator", () -> YinliClient.builder().authenticator(null));
    refused("mallCode", () -> client.assets().meterReadingSync(" ", VERSION));
    refused("version", () -> client.assets().meterReadingSync(MALL, null));
    refused("batchSize", () -> client.assets().meterReadingSync(MALL, VERSION).batchSize(0));
    refused("name", () -> YinliAuthenticator.staticHeader(" ", "v"));
    refused("value", () -> YinliAuthenticator.staticHeader("X-Access-Token", ""));
  }

  @Test
  void aHeaderTokenWithCrLfNulOrNonAsciiIsRefusedWhenBuiltWithoutEchoingIt() {
    for (String token : new String[] {"t0ken-secret-1\n", "t0ken\r\nX-Evil: 1", "t0ken\u0000x", "t0ken-密钥", " t0ken"}) {
      assertThatThrownBy(() -> YinliAuthenticator.staticHeader("X-Access-Token", token))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("value");
            assertThat(e.getMessage()).doesNotContain("t0ken");
          });
    }
    for (String name : new String[] {"X-Token\r\n", "X Token", "X-密"}) {
      refused("name", () -> YinliAuthenticator.staticHeader(name, "v"));
    }
  }

  @Test
  void aReadingOrAmountBeyondFifteenIntegerDigitsOrSixDecimalsIsRefusedBeforeSending() {
    refused("readNum", () -> valid().readNum(new BigDecimal("1E+20000")).build());
    refused("readNum", () -> valid().readNum(new BigDecimal("1E+15")).build());
    refused("readNum", () -> valid().readNum(new BigDecimal("0.0000001")).build());
    refused("chargeAmount", () -> valid().chargeAmount(new BigDecimal("-1E+16")).build());
    refused("readNum", () -> ElectricPriceRecord.of("1", new BigDecimal("1E+20000")));
    refused("otherFeeAmount", () -> OtherFee.of("SERVICE", new BigDecimal("1E-7")));
    assertThat(valid().readNum(new BigDecimal("999999999999999.999999")).build().readNum()).isNotNull();
    assertThat(valid().readNum(new BigDecimal("1E+3")).build().readNum()).isNotNull();
  }

  @Test
  void typedRequestsCheckTheirFieldsAndExtraFields() {
    refused("payNo", () -> io.github.ampark.yinli.model.TopUp.builder().shopCode("S").amount(BigDecimal.ONE).payNo(" ").build());
    refused("amount", () -> io.github.ampark.yinli.model.TopUp.builder().shopCode("S").amount(BigDecimal.ZERO).payNo("P").build());
    refused("amount", () -> io.github.ampark.yinli.model.TopUp.builder().shopCode("S").amount(new BigDecimal("1E+20000")).payNo("P").build());
    refused("payNo", () -> io.github.ampark.yinli.model.TopUp.builder().shopCode("S").amount(BigDecimal.ONE).payNo("P\r\n1").build());
    refused("extraFields", () -> io.github.ampark.yinli.model.TopUp.builder().shopCode("S").amount(BigDecimal.ONE).payNo("P")
        .putExtraFields("payNo", "P2").build());
    refused("afterBalance", () -> io.github.ampark.yinli.model.BalanceAdjustment.builder().shopCode("S")
        .afterBalance(new BigDecimal("0.1234567")).build());
    refused("pageSize", () -> io.github.ampark.yinli.model.MeterDataQuery.builder().pageSize(0).build());
    refused("mallCode", () -> io.github.ampark.yinli.model.MeterInfoQuery.builder().mallCode("").build());
  }

  @Test
  void theEnvelopeChoiceIsExplicitAndThe2xNeedACodec() {
    refused("assetsEnvelope", () -> client(server).codec(TestKeys.ours()).build());
    refused("codec", () -> client(server).assetsEnvelope(true).build());
    refused("codec", () -> client.energy().deviceInfo(io.github.ampark.yinli.model.DeviceInfoQuery.builder().shopCode("S").build()));
    refused("codec", () -> client.raw().execute(io.github.ampark.core.http.RawRequest.post("x").json("{}")
        .tag(YinliRaw.Format.class, YinliRaw.Format.ENVELOPE).build()));
  }
}
