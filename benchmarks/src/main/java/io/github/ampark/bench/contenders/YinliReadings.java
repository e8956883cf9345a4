package io.github.ampark.bench.contenders;

import cn.hutool.http.HttpRequest;
import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.JSONArray;
import com.alibaba.fastjson.JSONObject;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.OtherFee;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * S3's second dataset: a month of Yinli meter readings ({@code /openapi/device/synchronize}). The
 * same reading, numbered, three ways: Ampark's batch helper, a hand-written streaming OkHttp loop,
 * and the demo-style naive loop (build everything with fastjson, then post batch after batch with
 * hutool).
 */
public final class YinliReadings {
  static final String MALL = "MALL-BENCH";
  static final String VERSION = "1.0";
  static final String MONTH = "2026-10";

  private YinliReadings() {}

  static MeterReading reading(int i) {
    return MeterReading.builder().type("1").shopCode("S-" + i).storeNo("F1-" + i).deviceActualCode("DB-" + i)
        .totalElec(new BigDecimal("321.50")).chargeAmount(new BigDecimal("289.35")).lossAmount(new BigDecimal("3.20"))
        .totalAmount(new BigDecimal("292.55")).readNum(new BigDecimal("12345.67"))
        .addPriceRecords(ElectricPriceRecord.of("1", new BigDecimal("5321.40")))
        .addPriceRecords(ElectricPriceRecord.of("2", new BigDecimal("7024.27")))
        .readDate(MONTH).refundAmount(BigDecimal.ZERO).receivableAmount(new BigDecimal("292.55"))
        .addOtherFees(OtherFee.of("SERVICE", new BigDecimal("12.50"))).amount(new BigDecimal("305.05")).build();
  }

  static Map<String, Object> readingMap(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", "1");
    r.put("shopCode", "S-" + i);
    r.put("storeNo", "F1-" + i);
    r.put("deviceActualCode", "DB-" + i);
    r.put("totalElec", new BigDecimal("321.50"));
    r.put("chargeAmount", new BigDecimal("289.35"));
    r.put("lossAmount", new BigDecimal("3.20"));
    r.put("totalAmount", new BigDecimal("292.55"));
    r.put("readNum", new BigDecimal("12345.67"));
    List<Map<String, Object>> prices = new ArrayList<>();
    prices.add(price(1, "5321.40"));
    prices.add(price(2, "7024.27"));
    r.put("deviceElectricPriceRecordList", prices);
    r.put("readDate", MONTH);
    r.put("refundAmount", BigDecimal.ZERO);
    r.put("receivableAmount", new BigDecimal("292.55"));
    Map<String, Object> fee = new LinkedHashMap<>();
    fee.put("otherFeeType", "SERVICE");
    fee.put("otherFeeAmount", new BigDecimal("12.50"));
    List<Map<String, Object>> fees = new ArrayList<>();
    fees.add(fee);
    r.put("otherFeeDataList", fees);
    r.put("amount", new BigDecimal("305.05"));
    return r;
  }

  private static Map<String, Object> price(int level, String read) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("priceLevel", level);
    p.put("readNum", new BigDecimal(read));
    return p;
  }

  /** Ampark: the batch helper over a lazily generated stream. */
  static long ampark(String baseUrl, int records, int batch, int parallelism) {
    try (YinliClient client = YinliClient.builder().baseUrl(baseUrl).build()) {
      BatchReport report = client.assets().meterReadingSync(MALL, VERSION).batchSize(batch).parallelism(parallelism).build()
          .run(IntStream.range(0, records).mapToObj(YinliReadings::reading));
      return report.recordsConfirmed();
    }
  }

  /** Hand-written: build each batch when it is needed, Jackson, the shared OkHttpClient. */
  static long rawStreaming(String baseUrl, int records, int batch) throws IOException {
    HttpUrl url = HttpUrl.get(baseUrl).resolve("openapi/device/synchronize");
    long sent = 0;
    for (int start = 0; start < records; start += batch) {
      List<Map<String, Object>> data = new ArrayList<>(batch);
      for (int i = start; i < Math.min(records, start + batch); i++) {
        data.add(readingMap(i));
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("data", data);
      body.put("mallCode", MALL);
      body.put("version", VERSION);
      JsonNode env = RawOkHttp.post(new Request.Builder().url(url)
          .post(RequestBody.create(RawOkHttp.MAPPER.writeValueAsBytes(body), RawOkHttp.JSON)).build());
      if (!env.path("success").asBoolean()) {
        throw new IOException("yinli refused: " + env);
      }
      sent += data.size();
    }
    return sent;
  }

  /** The demo way: every reading as a fastjson object first, then hutool posts batch after batch. */
  static long demoNaive(String baseUrl, int records, int batch) throws IOException {
    JSONArray all = new JSONArray();
    for (int i = 0; i < records; i++) {
      all.add(new JSONObject(readingMap(i)));
    }
    long sent = 0;
    for (int start = 0; start < all.size(); start += batch) {
      JSONObject body = new JSONObject();
      body.put("data", all.subList(start, Math.min(all.size(), start + batch)));
      body.put("mallCode", MALL);
      body.put("version", VERSION);
      String resp = HttpRequest.post(baseUrl + "openapi/device/synchronize").body(body.toJSONString(), "application/json")
          .execute().body();
      if (!JSON.parseObject(resp).getBooleanValue("success")) {
        throw new IOException("yinli refused: " + resp);
      }
      sent += Math.min(all.size(), start + batch) - start;
    }
    return sent;
  }
}
