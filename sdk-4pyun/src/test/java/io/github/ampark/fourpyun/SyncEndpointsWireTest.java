package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.http.RawRequest;
import io.github.ampark.fourpyun.model.BlacklistEntry;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.RecordStatus;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.Vip;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import java.time.Instant;
import java.util.Collections;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** VIP, renewal and blacklist syncs: JSON bodies sent exactly as signed into Authorization. */
class SyncEndpointsWireTest extends WireTest {
  static final String PV4_SECRET = "12323232323";
  static final Instant PV4_PAY_TIME = Instant.ofEpochMilli(1625068799000L);

  static VipRenewal pv4Renewal() {
    return VipRenewal.builder().plate("粤X33333").plateColor(PlateColor.BLUE).cardNo("ID000001").cardId("ID000001")
        .chargeType("101").vipType(VipType.MONTHLY).quantity(1).payPartner("pay_partner_1234567890")
        .payType(PayType.CASH).value(30L).payTime(PV4_PAY_TIME).payValueFen(10000L).operator("张三").build();
  }

  @Test
  void vipRenewalRowsAreTheSortedRowLayoutOfPv4AndTheHeaderSignsTheBytesSent() throws Exception {
    server.enqueue(ok1001());
    try (FourPyunClient pv4 = FourPyunClient.builder().appSecret(PV4_SECRET)
        .parkUuid("49f0cc52-e8c7-41e3-b54d-af666b8cc11a").baseUrl(url(server)).build()) {
      Receipt receipt = pv4.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(pv4Renewal())));
      assertThat(receipt.code()).isEqualTo("1001");
    }
    RecordedRequest r = take(server);
    String expected = "{\"complete\":\"0\"," + FourPyunSignerTest.PV4_SORTED_BODY.substring(1);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/vip/recharge");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(body(r)).isEqualTo(expected);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(md5(expected + "&app_secret=" + PV4_SECRET));
  }

  @Test
  void pv4SortedRowBodySentThroughTheRawHatchCarriesTheVectorsAuthorization() throws Exception {
    server.enqueue(ok1001());
    try (FourPyunClient pv4 = FourPyunClient.builder().appSecret(PV4_SECRET).baseUrl(url(server)).build()) {
      pv4.raw().execute(RawRequest.post("parking/internal/vip/recharge").json(FourPyunSignerTest.PV4_SORTED_BODY).build());
    }
    RecordedRequest r = take(server);
    assertThat(body(r)).isEqualTo(FourPyunSignerTest.PV4_SORTED_BODY);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("A21F5ACB889CA3F2DD7F69E290CE0D90");
  }

  @Test
  void pv4FastjsonBodySentThroughTheRawHatchCarriesTheVectorsAuthorization() throws Exception {
    server.enqueue(ok1001());
    try (FourPyunClient pv4 = FourPyunClient.builder().appSecret(PV4_SECRET).baseUrl(url(server)).build()) {
      pv4.raw().execute(RawRequest.post("parking/internal/vip/recharge").json(FourPyunSignerTest.PV4_FASTJSON_BODY).build());
    }
    RecordedRequest r = take(server);
    assertThat(body(r)).isEqualTo(FourPyunSignerTest.PV4_FASTJSON_BODY);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("D2D60115A3C37358EFA294362FE84470");
  }

  @Test
  void aFullBatchCarriesCompleteOne() throws Exception {
    server.enqueue(ok1001());
    Vip vip = Vip.builder().plate("粤X33333").plateColor(PlateColor.BLUE).cardNo("ID000001").chargeType("101")
        .chargeDesc("月卡A").status(RecordStatus.ACTIVE).createTime(Instant.ofEpochMilli(1622390399000L))
        .expireTime(Instant.ofEpochMilli(1653926399000L)).type(VipType.MONTHLY).balance(365).realname("张三")
        .mobile("88888888").idCard("4310281999999999999").parkSpaceNo("001").build();
    client.syncs().sendVips(SyncBatch.<Vip>builder().complete(true).addRows(vip).build());
    RecordedRequest r = take(server);
    String expected = "{\"complete\":\"1\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"balance\":\"365\",\"card_no\":\"ID000001\","
        + "\"charge_desc\":\"月卡A\",\"charge_type\":\"101\",\"create_time\":\"1622390399000\",\"expire_time\":\"1653926399000\","
        + "\"id_card\":\"4310281999999999999\",\"mobile\":\"88888888\",\"park_space_no\":\"001\",\"plate\":\"粤X33333\","
        + "\"plate_color\":\"1\",\"realname\":\"张三\",\"status\":\"1\",\"type\":\"1\"}]}";
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/vip");
    assertThat(body(r)).isEqualTo(expected);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(md5(expected + "&app_secret=" + SECRET));
  }

  @Test
  void blacklistRowsCarryEpochMillisTimes() throws Exception {
    server.enqueue(ok1001());
    Instant t = Instant.ofEpochMilli(1700000000000L);
    client.syncs().sendBlacklist(SyncBatch.<BlacklistEntry>builder().parkUuid("other-park").addRows(BlacklistEntry.builder()
        .plate("粤B66666").plateColor(PlateColor.YELLOW).realname("李四").reason("逃费").status(RecordStatus.DELETED)
        .createTime(t).expireTime(t).startTime(t).endTime(t.plusMillis(1)).build()).build());
    RecordedRequest r = take(server);
    String expected = "{\"complete\":\"0\",\"park_uuid\":\"other-park\",\"row\":[{\"create_time\":\"1700000000000\","
        + "\"end_time\":\"1700000000001\",\"expire_time\":\"1700000000000\",\"plate\":\"粤B66666\",\"plate_color\":\"2\","
        + "\"realname\":\"李四\",\"reason\":\"逃费\",\"start_time\":\"1700000000000\",\"status\":\"-1\"}]}";
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/blacklist");
    assertThat(body(r)).isEqualTo(expected);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(md5(expected + "&app_secret=" + SECRET));
  }
}
