package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Ampark;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.PushReceipt;
import java.math.BigDecimal;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** 1.1 每月推送电表读数: the exact request on the wire (method, path, headers, body) and the receipt. */
class MeterReadingPushWireTest extends WireTest {
  @Test
  void aPushIsOnePostOfTheExactJsonBodyToOpenapiDeviceSynchronize() throws Exception {
    server.enqueue(ok());
    PushReceipt receipt = client.assets().pushMeterReadings(batch(fullReading()));

    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/openapi/device/synchronize");
    assertThat(r.getUrl().encodedQuery()).isNull();
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(r.getHeaders().get("User-Agent")).isEqualTo(Ampark.userAgent());
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(body(r)).isEqualTo("{\"data\":[" + FULL_READING_JSON + "],\"mallCode\":\"MALL-001\",\"version\":\"1.0\"}");
    assertThat(r.getHeaders().get("Content-Length")).isEqualTo(Integer.toString(r.getBody().size()));

    assertThat(receipt.code()).isEqualTo("200");
    assertThat(receipt.message()).isEqualTo("success");
  }

  @Test
  void fieldsNotSetAndEmptyListsAreLeftOutOfTheBody() throws Exception {
    server.enqueue(ok());
    client.assets().pushMeterReadings(batch(reading("DB-0002", "2025-04", "88.00"), reading("DB-0003", "2025-04", "0")));
    assertThat(body(take(server))).isEqualTo("{\"data\":["
        + "{\"deviceActualCode\":\"DB-0002\",\"readNum\":88.00,\"readDate\":\"2025-04\"},"
        + "{\"deviceActualCode\":\"DB-0003\",\"readNum\":0,\"readDate\":\"2025-04\"}],"
        + "\"mallCode\":\"MALL-001\",\"version\":\"1.0\"}");
  }

  @Test
  void numbersGoOutExactlyAsGivenInPlainNotationAndThePriceLevelAsANumber() throws Exception {
    server.enqueue(ok());
    MeterReading r = MeterReading.builder().deviceActualCode("DB-0004").readDate("2025-04-30")
        .readNum(new BigDecimal("1E+3")).chargeAmount(new BigDecimal("12.500")).amount(new BigDecimal("-0.01"))
        .addPriceRecords(ElectricPriceRecord.of("0", new BigDecimal("2.5E-1")), ElectricPriceRecord.of("-2.5", BigDecimal.TEN))
        .build();
    client.assets().pushMeterReadings(batch(r));
    assertThat(body(take(server))).isEqualTo("{\"data\":[{\"deviceActualCode\":\"DB-0004\",\"chargeAmount\":12.500,"
        + "\"readNum\":1000,\"deviceElectricPriceRecordList\":[{\"priceLevel\":0,\"readNum\":0.25},"
        + "{\"priceLevel\":-2.5,\"readNum\":10}],\"readDate\":\"2025-04-30\",\"amount\":-0.01}],"
        + "\"mallCode\":\"MALL-001\",\"version\":\"1.0\"}");
  }

  @Test
  void theAsyncPushSendsTheSameBytes() throws Exception {
    server.enqueue(ok());
    PushReceipt receipt = client.assets().pushMeterReadingsAsync(batch(fullReading())).get();
    assertThat(body(take(server))).isEqualTo("{\"data\":[" + FULL_READING_JSON + "],\"mallCode\":\"MALL-001\",\"version\":\"1.0\"}");
    assertThat(receipt.code()).isEqualTo("200");
  }

  @Test
  void thePathIsResolvedUnderTheBaseUrlsOwnPath() throws Exception {
    try (MockWebServer gateway = start();
        YinliClient prefixed = YinliClient.builder().baseUrl(url(gateway) + "gateway/energy").build()) {
      gateway.enqueue(ok());
      prefixed.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
      assertThat(take(gateway).getUrl().encodedPath()).isEqualTo("/gateway/energy/openapi/device/synchronize");
    }
  }
}
