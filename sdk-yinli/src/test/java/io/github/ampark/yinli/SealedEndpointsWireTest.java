package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.FULL_READING_JSON;
import static io.github.ampark.yinli.WireSupport.batch;
import static io.github.ampark.yinli.WireSupport.body;
import static io.github.ampark.yinli.WireSupport.d;
import static io.github.ampark.yinli.WireSupport.envelope;
import static io.github.ampark.yinli.WireSupport.fullReading;
import static io.github.ampark.yinli.WireSupport.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.MallInfo;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MessageRecipient;
import io.github.ampark.yinli.model.MessageUser;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.MeterInfo;
import io.github.ampark.yinli.model.MeterInfoQuery;
import io.github.ampark.yinli.model.PushReceipt;
import io.github.ampark.yinli.model.RecipientSetting;
import io.github.ampark.yinli.model.TemplateMessage;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageQuery;
import io.github.ampark.yinli.model.UserIdentity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Every typed endpoint through the 0.1 envelope: the exact multipart bytes (computed by {@link
 * TestKeys}' independent JCA code from the JSON written out here), the five headers, and the
 * typed reading of a sealed answer.
 */
class SealedEndpointsWireTest extends WireTest {
  private static final Pattern BOUNDARY = Pattern.compile("multipart/form-data; boundary=(yinli-[0-9a-f]{32})");

  @Override
  YinliClient.Builder configure(YinliClient.Builder builder) {
    return builder.codec(TestKeys.ours()).assetsEnvelope(true);
  }

  /** Asserts the request is POST path with exactly the sealed {@code json}; returns it. */
  private RecordedRequest assertSealed(String path, String json) throws Exception {
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo(path);
    Matcher m = BOUNDARY.matcher(r.getHeaders().get("Content-Type"));
    assertThat(m.matches()).as(r.getHeaders().get("Content-Type")).isTrue();
    assertThat(body(r)).isEqualTo(TestKeys.expectedMultipart(m.group(1), TestKeys.OURS, json));
    assertThat(r.getHeaders().get("version")).isEqualTo("1.0");
    assertThat(r.getHeaders().get("corpId")).isEqualTo("CORP-1");
    assertThat(r.getHeaders().get("appId")).isEqualTo("APP-1");
    assertThat(r.getHeaders().get("requestId")).matches("[0-9a-f-]{36}");
    assertThat(Long.parseLong(r.getHeaders().get("requestTime"))).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    return r;
  }

  @Test
  void monthlyReadingsGoSealedWhenTheClientSaysThe1xUseTheEnvelope() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("[{}]")));
    PushReceipt r = client.assets().pushMeterReadings(batch(fullReading()));
    assertSealed("/openapi/device/synchronize", "{\"data\":[" + FULL_READING_JSON + "],\"mallCode\":\"MALL-001\",\"version\":\"1.0\"}");
    assertThat(r.code()).isEqualTo("200");
  }

  @Test
  void meterInfo13() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("[{\"mallCode\":\"MALL-001\",\"mallName\":\"印力中心\",\"contNo\":\"HT-9\",\"more\":1}]")));
    List<MeterInfo> meters = client.assets().meterInfo(MeterInfoQuery.builder()
        .addDeviceActualCodes("DB-0001", "DB-0002").endTime("2025-04-30 23:59:59").mallCode("MALL-001")
        .startTime("2025-04-01 00:00:00").putExtraFields("tenant", "T1").build());
    assertSealed("/openapi/device/selectEleDevice", "{\"deviceActualCodes\":[\"DB-0001\",\"DB-0002\"],"
        + "\"endTime\":\"2025-04-30 23:59:59\",\"mallCode\":\"MALL-001\",\"startTime\":\"2025-04-01 00:00:00\",\"tenant\":\"T1\"}");
    assertThat(meters).hasSize(1);
    assertThat(meters.get(0).mallName()).isEqualTo("印力中心");
    assertThat(meters.get(0).contractNo()).isEqualTo("HT-9");
  }

  @Test
  void mallInfo14() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("[{\"orgCode\":\"O1\",\"orgName\":\"印力\",\"areaCode\":\"A1\",\"areaName\":\"华东\",\"provinceName\":\"上海\"}]")));
    List<MallInfo> malls = client.assets().mallInfo(MallInfoQuery.builder().mallCode("MALL-001").build());
    assertSealed("/ipmp-cloud/basedata/v1/openapi/bsMall/getMallsBaseInfo", "{\"mallCode\":\"MALL-001\"}");
    assertThat(malls.get(0).provinceName()).isEqualTo("上海");
    assertThat(malls.get(0).areaName()).isEqualTo("华东");
  }

  @Test
  void templateMessage15() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("{}")));
    MessageUser user = MessageUser.builder().clientId("c1").idType("1").addIdentities("13800000000")
        .addIdentityList(UserIdentity.builder().identity("13800000000").identityName("张三").build()).build();
    client.assets().sendTemplateMessage(TemplateMessage.builder()
        .putExtendedParams("month", "2025-04").messageTheme("ELEC_BILL").addPickChannels(1, 2)
        .addRecipients(MessageRecipient.builder().code("R1").addSettings(RecipientSetting.builder()
            .ccUser(user).orgCode("O1").orgType("MALL").addToUsers(user).build()).build())
        .build());
    String u = "{\"clientId\":\"c1\",\"idType\":\"1\",\"identities\":[\"13800000000\"],"
        + "\"identityList\":[{\"identity\":\"13800000000\",\"identityName\":\"张三\"}]}";
    assertSealed("/openapi/message/send/template", "{\"extendedParams\":{\"month\":\"2025-04\"},\"messageTheme\":\"ELEC_BILL\","
        + "\"pickChannels\":[1,2],\"recipientList\":[{\"code\":\"R1\",\"recipientSettingItems\":[{\"ccUser\":" + u
        + ",\"orgCode\":\"O1\",\"orgType\":\"MALL\",\"toUser\":[" + u + "]}]}]}");
  }

  @Test
  void deviceInfo21() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer(
        "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"balance\":88.50,\"days\":12,\"deviceList\":[{\"storeCode\":\"1F-101\"}]}")));
    DeviceInfo info = client.energy().deviceInfo(DeviceInfoQuery.builder().shopCode("S-101").deviceActualCode("DB-0001").build());
    assertSealed("/deviceInfo", "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\"}");
    assertThat(info.balance()).isEqualByComparingTo("88.50");
    assertThat(info.balance().toPlainString()).isEqualTo("88.50");
    assertThat(info.days()).isEqualTo(12L);
    assertThat(info.devices().get(0).storeCode()).isEqualTo("1F-101");
  }

  @Test
  void payElec22() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("{}")));
    TopUpResult r = client.energy().payElec(TopUp.builder().shopCode("S-101").deviceActualCode("DB-0001")
        .amount(d("100.00")).payNo("P202504010001").payType("1").payUser("u1").build());
    assertSealed("/payElec", "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"amount\":100.00,"
        + "\"payNo\":\"P202504010001\",\"payType\":\"1\",\"payUser\":\"u1\"}");
    assertThat(r.payNo()).isEqualTo("P202504010001");
  }

  @Test
  void usage23() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("[{\"deviceActualCode\":\"DB-0001\",\"mTime\":\"2025-04\",\"mUsed\":321.5,"
        + "\"mAmount\":289.35,\"detail\":[{\"mDate\":\"2025-04-01\",\"mUsed\":10.25,\"mAmount\":9.20}]}]")));
    List<Usage> usage = client.energy().usage(UsageQuery.builder().shopCode("S-101").deviceActualCode("DB-0001")
        .queryType("month").time("2025-04").build());
    assertSealed("/useData", "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"queryType\":\"month\",\"time\":\"2025-04\"}");
    assertThat(usage.get(0).time()).isEqualTo("2025-04");
    assertThat(usage.get(0).used()).isEqualByComparingTo("321.5");
    assertThat(usage.get(0).details().get(0).amount().toPlainString()).isEqualTo("9.20");
    assertThat(usage.get(0).details().get(0).date()).isEqualTo("2025-04-01");
  }

  @Test
  void adjust25() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("{\"balance\":50.00}")));
    AdjustResult r = client.energy().adjustBalance(BalanceAdjustment.builder().shopCode("S-101").afterBalance(d("50.00"))
        .remark("更正").happenTime("2025-04-01 10:00:00").build());
    assertSealed("/adjust", "{\"shopCode\":\"S-101\",\"afterBalance\":50.00,\"remark\":\"更正\",\"happenTime\":\"2025-04-01 10:00:00\"}");
    assertThat(r.balance().toPlainString()).isEqualTo("50.00");
  }

  @Test
  void meterData26KeepsTheVendorsRtLIstSpellingOnTheWire() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("{\"list\":[{\"shopCode\":\"S-101\",\"storeCode\":\"1F-101\","
        + "\"deviceActualCode\":\"DB-0001\",\"type\":\"1\",\"rtLIst\":[{\"pointType\":\"Ua\",\"value\":220.1}]}]}")));
    MeterDataPage page = client.energy().meterData(MeterDataQuery.builder().shopCode("S-101").dataType("rt").pageNo(1).pageSize(50).build());
    assertSealed("/readRt", "{\"shopCode\":\"S-101\",\"dataType\":\"rt\",\"pageNo\":1,\"pageSize\":50}");
    assertThat(page.meters().get(0).realtimePoints().get(0).value()).isEqualByComparingTo("220.1");
    assertThat(page.meters().get(0).realtimePoints().get(0).pointType()).isEqualTo("Ua");
  }

  @Test
  void rawRequestsAreSealedByDefaultAndPlainWhenTaggedSo() throws Exception {
    server.enqueue(envelope(TestKeys.sealedAnswer("{\"refunded\":true}")));
    RawResponse r = client.raw().post("refund", "{\"shopCode\":\"S-101\"}", Idempotency.UNSAFE);
    assertSealed("/refund", "{\"shopCode\":\"S-101\"}");
    assertThat(r.data().path("refunded").asBoolean()).isTrue();

    server.enqueue(envelope("{\"success\":true,\"code\":\"200\",\"data\":{\"x\":1}}"));
    RawResponse plain = client.raw().execute(RawRequest.post("payTypes").json("{}")
        .tag(YinliRaw.Format.class, YinliRaw.Format.PLAIN_JSON).build());
    RecordedRequest p = take(server);
    assertThat(body(p)).isEqualTo("{}");
    assertThat(p.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(p.getHeaders().get("requestId")).isNull();
    assertThat(plain.data().path("x").asInt()).isEqualTo(1);
  }
}
