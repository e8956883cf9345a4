package com.example.compat;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.EntryOrderRequest;
import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliAuthenticator;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;

/**
 * One call per vendor, written as a user's application would write it (the README's Quick start
 * style). Each method stands alone, so a reshaped vendor API changes exactly one of them.
 */
public final class VendorCalls {
  private VendorCalls() {}

  /** Wikeyun: a client for the given gateway. */
  public static WikeyunClient wikeyun(String baseUrl, String appKey, String appSecret, String storeId) {
    return WikeyunClient.builder().credentials(appKey, appSecret).storeId(storeId).clientIp("127.0.0.1")
        .baseUrl(baseUrl).callDeadline(Duration.ofSeconds(20)).build();
  }

  /** Wikeyun: adds a recharge card; returns its id. */
  public static long wikeyunAddCard(WikeyunClient client) {
    return client.power().addCard(AddCardRequest.builder()
        .cardNum("0123456789").province("\u6c5f\u82cf\u7701").city("\u5357\u4eac\u5e02").build()).id();
  }

  /** Wikeyun: places a 100-yuan recharge whose result is called back to {@code notifyUrl}; returns the platform's order number. */
  public static String wikeyunPushOrder(WikeyunClient client, long cardId, String orderNo, String notifyUrl) {
    return client.power().pushOrder(PushOrderRequest.builder()
        .cardId(cardId).orderNo(orderNo).amountYuan(100).notifyUrl(notifyUrl).build()).orderNumber();
  }

  /** 4pyun: reports a car entering the park; returns the vendor's code. */
  public static String fourPyunEnter(String baseUrl, String appSecret, String parkUuid) {
    try (FourPyunClient client = FourPyunClient.builder().appSecret(appSecret).parkUuid(parkUuid).baseUrl(baseUrl).build()) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      return client.parking().enter(EnterRequest.builder().parkingSerial("S-" + now.toEpochMilli()).plate("\u7ca4B12345")
          .plateColor(PlateColor.BLUE).enterTime(now).carType(CarType.TEMPORARY).carDesc("\u4e34\u505c").chargeType("1").build()).code();
    }
  }

  /** Bolink: uploads a car's entry order; returns the vendor's message. */
  public static String bolinkEntry(String baseUrl, long unionId, String ukey, String parkId) {
    try (BolinkClient client = BolinkClient.builder().unionId(unionId).ukey(ukey).baseUrl(baseUrl).build()) {
      Instant in = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      BolinkAck ack = client.orders().entryOrder(EntryOrderRequest.builder()
          .parkId(parkId).orderId("AMP" + in.getEpochSecond()).carNumber("\u4eacA12345").inTime(in).emptyPlot(55)
          .build());
      return String.valueOf(ack.message());
    }
  }

  /** Yinli: pushes one month's reading of one shop; returns the vendor's code. */
  public static String yinliPush(String baseUrl, String tokenHeader, String token) {
    try (YinliClient client = YinliClient.builder().baseUrl(baseUrl)
        .authenticator(YinliAuthenticator.staticHeader(tokenHeader, token)).build()) {
      BigDecimal used = new BigDecimal("123.40");
      MeterReading reading = MeterReading.builder().shopCode("S-0001").storeNo("1F-001").deviceActualCode("DB-0001")
          .readDate("2026-10").readNum(new BigDecimal("1000.5")).totalElec(used).chargeAmount(used).totalAmount(used)
          .amount(used).addPriceRecords(ElectricPriceRecord.of("1", used)).build();
      return String.valueOf(client.assets().pushMeterReadings(
          MeterReadingBatch.of("MALL-COMPAT", "1.0", Collections.singletonList(reading))).code());
    }
  }
}
