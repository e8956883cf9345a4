package io.github.ampark.bench.contenders;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.PayType;
import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import io.github.ampark.core.Secret;
import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliCodec;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;

/** The Ampark contenders: the vendor clients exactly as a user would call them. */
public final class AmparkContenders {
  private AmparkContenders() {}

  public static final class Wikeyun implements Contender {
    private final WikeyunClient client;

    public Wikeyun(String baseUrl) {
      client = WikeyunClient.builder().credentials(Fixtures.WK_APP_KEY, Fixtures.WK_SECRET)
          .storeId(Fixtures.WK_STORE).clientIp(Fixtures.WK_CLIENT_IP).baseUrl(baseUrl).clock(Fixtures.clock).build();
    }

    @Override public String name() { return "ampark"; }
    @Override public String vendor() { return "wikeyun"; }

    @Override
    public void call() {
      client.power().pushOrder(PushOrderRequest.builder().cardId(Fixtures.WK_CARD).orderNo(Fixtures.orderNo("T"))
          .amountYuan(100).notifyUrl(Fixtures.WK_NOTIFY).build());
    }

    @Override
    public void close() {
      client.close();
    }
  }

  public static final class FourPyun implements Contender {
    private final FourPyunClient client;

    public FourPyun(String baseUrl) {
      client = FourPyunClient.builder().appSecret(Fixtures.PP_SECRET).parkUuid(Fixtures.PP_PARK).baseUrl(baseUrl)
          .clock(Fixtures.clock).build();
    }

    @Override public String name() { return "ampark"; }
    @Override public String vendor() { return "4pyun"; }

    @Override
    public void call() {
      client.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(renewal(Fixtures.orderNo("P")))));
    }

    public FourPyunClient client() {
      return client;
    }

    @Override
    public void close() {
      client.close();
    }

    /** The PV4 row as a typed renewal. */
    public static VipRenewal renewal(String payPartner) {
      return VipRenewal.builder().plate("粤X33333").plateColor(PlateColor.BLUE).cardNo("ID000001").cardId("ID000001")
          .chargeType("101").vipType(VipType.MONTHLY).quantity(1).payPartner(payPartner)
          .payType(io.github.ampark.fourpyun.model.PayType.CASH).value(30L)
          .payTime(Instant.ofEpochMilli(Fixtures.PP_PAY_TIME_MS)).payValueFen(10000L).operator("张三").build();
    }
  }

  public static final class Bolink implements Contender {
    private final BolinkClient client;

    public Bolink(String baseUrl) {
      client = BolinkClient.builder().unionId(Fixtures.BL_UNION).ukey(Fixtures.BL_UKEY).baseUrl(baseUrl)
          .clock(Fixtures.clock).build();
    }

    @Override public String name() { return "ampark"; }
    @Override public String vendor() { return "bolink"; }

    @Override
    public void call() {
      Instant now = Fixtures.now();
      client.orders().exitOrder(ExitOrderRequest.builder().parkId(Fixtures.BL_PARK).orderId(Fixtures.orderNo("B"))
          .carNumber("京A12345").inTime(now.minusSeconds(3600)).outTime(now).payType(PayType.CASH)
          .totalYuan(new BigDecimal("10.00")).emptyPlot(56).build());
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** Wanzhuang open/charge/start (spec Z2 shape): JSON body, HMAC-SHA256 over the sorted pairs. */
  public static final class Wanzhuang implements Contender {
    private final WanzhuangClient client;

    public Wanzhuang(String baseUrl) {
      client = WanzhuangClient.builder(Fixtures.WZ_APP_ID, Fixtures.WZ_SECRET, baseUrl).clock(Fixtures.clock).build();
    }

    @Override public String name() { return "ampark"; }
    @Override public String vendor() { return "wanzhuang"; }

    @Override
    public void call() {
      client.charging().startCharge(StartChargeRequest.builder().deviceNum(Fixtures.WZ_DEVICE).devicePort(1)
          .chargeId(Fixtures.nextNumber()).chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build());
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** Yinli 2.1 deviceInfo through the 0.1 envelope: AES-sealed body, RSA signature, multipart. */
  public static final class Yinli implements Contender {
    private final YinliClient client;

    public Yinli(String baseUrl) {
      client = YinliClient.builder().baseUrl(baseUrl + "openapi/energy/").codec(codec()).assetsEnvelope(false)
          .clock(Fixtures.clock).build();
    }

    /** The benchmark's codec (see {@link Fixtures}): both the client and the loopback server use it. */
    public static YinliCodec codec() {
      return YinliCodec.builder()
          .cipher(YinliCodec.Cipher.aesEcbPkcs5(Secret.of("aesKey", Fixtures.YL_AES_KEY_BASE64), YinliCodec.KeyEncoding.BASE64))
          .bodyText(YinliCodec.TextEncoding.BASE64)
          .signature(YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("privateKey", Fixtures.YL_PRIVATE_KEY), Fixtures.YL_PUBLIC_KEY))
          .signatureText(YinliCodec.TextEncoding.BASE64)
          .signedContent(YinliCodec.SignedContent.CIPHERTEXT)
          .version(Fixtures.YL_VERSION).corpId(Fixtures.YL_CORP).appId(Fixtures.YL_APP)
          .requestIds(Fixtures::requestId).clock(Fixtures.clock).build();
    }

    @Override public String name() { return "ampark"; }
    @Override public String vendor() { return "yinli"; }

    @Override
    public void call() {
      DeviceInfo info = client.energy().deviceInfo(DeviceInfoQuery.builder().shopCode(Fixtures.YL_SHOP)
          .deviceActualCode(Fixtures.YL_DEVICE).build());
      if (info.balance() == null) {
        throw new IllegalStateException("yinli answer without balance");
      }
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
