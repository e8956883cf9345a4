package io.github.ampark.bench.jmh;

import com.alibaba.fastjson.JSONObject;
import io.github.ampark.bench.contenders.Fixtures;
import io.github.ampark.bolink.BolinkSigner;
import io.github.ampark.fourpyun.FourPyunSigner;
import io.github.ampark.bench.contenders.AmparkContenders;
import io.github.ampark.wanzhuang.WanzhuangSigner;
import io.github.ampark.wikeyun.WikeyunSigner;
import io.github.ampark.yinli.YinliCodec;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * S5: every vendor signature on the spec's test-vector inputs, three ways: Ampark's signer, the
 * careful hand-written code of the raw OkHttp contender, and the vendor-demo style (string
 * concatenation, fastjson, StringBuffer hex). Method names are {@code <signature>_<implementation>}.
 * Run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SignerBenchmarks {
  // W1: business + system parameters
  final Map<String, String> w1 = new LinkedHashMap<>();
  final WikeyunSigner wikeyun = WikeyunSigner.of("testsecret");
  // PV3: the prepay form
  final Map<String, String> pv3 = new LinkedHashMap<>();
  // PV4: the JSON body as sent
  final String pv4 = "{\"park_uuid\":\"49f0cc52-e8c7-41e3-b54d-af666b8cc11a\",\"row\":[{\"charge_type\":\"101\",\"plate_color\":\"1\","
      + "\"quantity\":\"1\",\"pay_value\":\"10000\",\"plate\":\"粤X33333\",\"card_id\":\"ID000001\",\"operator\":\"张三\","
      + "\"pay_time\":\"1625068799000\",\"card_no\":\"ID000001\",\"vip_type\":\"1\",\"pay_partner\":\"pay_partner_1234567890\","
      + "\"pay_type\":\"1\",\"value\":\"30\"}]}";
  // BV3: 3.11 data, serialised and signed
  final Map<String, Object> bv3 = new LinkedHashMap<>();
  // BV5: legacy parameters
  final Map<String, Object> bv5 = new LinkedHashMap<>();

  public SignerBenchmarks() {
    w1.put("store_id", "12345");
    w1.put("cardId", "67890");
    w1.put("order_no", "T202401010001");
    w1.put("amount", "100");
    w1.put("recharge_type", "0");
    w1.put("notify_url", "https://example.com/notify");
    w1.putAll(WikeyunSigner.systemParameters("1000001", 1700000000L, "127.0.0.1"));

    pv3.put("enter_time", "1625154147313");
    pv3.put("free_value", "0");
    pv3.put("gate_id", "1");
    pv3.put("gate_name", "通道1号");
    pv3.put("park_uuid", "49f0cc52-e8c7-41e3-b54d-af666b8cc11a");
    pv3.put("parking_serial", "111112");
    pv3.put("parking_time", "2000");
    pv3.put("pay_partner", "11111114");
    pv3.put("pay_value", "10");
    pv3.put("plate", "京A00001");
    pv3.put("total_value", "10");

    bv3.put("union_id", 200666L);
    bv3.put("park_id", "dlytest_no");
    bv3.put("platform_id", 2);
    bv3.put("car_number", "晋SS0000");
    bv3.put("start_charge_seq", "2021110300012");
    bv3.put("calculation_method", 1);
    bv3.put("duration", 50);
    bv3.put("out_time", 1635911040L);

    bv5.put("address", "北京上地三街9号");
    bv5.put("empty_plot", 56);
    bv5.put("lat", new BigDecimal("32.466666"));
    bv5.put("lng", new BigDecimal("123.994449"));
    bv5.put("name", "北京上地三街9号院停车场");
    bv5.put("park_id", "1001");
    bv5.put("phone", "13899884433");
    bv5.put("rand", "0.20354312785198048");
    bv5.put("total_plot", 90);
    bv5.put("union_id", 10001);
    bv5.put("type", "");
    bv5.put("state", "");
  }

  // ---- Wikeyun W1: secret + k1v1k2v2… + secret

  @Benchmark
  public String wikeyunW1_ampark() {
    return wikeyun.sign(w1);
  }

  @Benchmark
  public String wikeyunW1_raw() {
    StringBuilder s = new StringBuilder("testsecret");
    for (Map.Entry<String, String> e : new TreeMap<>(w1).entrySet()) {
      s.append(e.getKey()).append(e.getValue());
    }
    return Fixtures.md5Upper(s.append("testsecret").toString());
  }

  @Benchmark
  public String wikeyunW1_demo() {
    TreeMap<String, Object> sorted = new TreeMap<>(w1);
    String str = "testsecret";
    for (String k : sorted.keySet()) {
      str += k + sorted.get(k);
    }
    return Fixtures.demoMd5(str + "testsecret");
  }

  // ---- 4pyun PV3: k=v&…&app_secret=…

  private final FourPyunSigner pv3Signer = FourPyunSigner.of(io.github.ampark.core.Secret.of("appSecret", "123"));
  private final FourPyunSigner pv4Signer = FourPyunSigner.of(io.github.ampark.core.Secret.of("appSecret", "12323232323"));

  @Benchmark
  public String fourpyunPV3_ampark() {
    return pv3Signer.formSign(pv3);
  }

  @Benchmark
  public String fourpyunPV3_raw() {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(pv3).entrySet()) {
      if (e.getValue() != null && !e.getValue().isEmpty()) {
        s.append(e.getKey()).append('=').append(e.getValue()).append('&');
      }
    }
    return Fixtures.md5Upper(s.append("app_secret=123").toString());
  }

  @Benchmark
  public String fourpyunPV3_demo() {
    TreeMap<String, String> sorted = new TreeMap<>(pv3);
    StringBuilder sb = new StringBuilder();
    for (String k : sorted.keySet()) {
      String v = sorted.get(k);
      if (v != null && !"".equals(v)) {
        sb.append(k + "=" + v + "&");
      }
    }
    return Fixtures.demoMd5(sb.toString() + "app_secret=" + "123");
  }

  // ---- 4pyun PV4: MD5(body + &app_secret=…)

  @Benchmark
  public String fourpyunPV4_ampark() {
    return pv4Signer.jsonSign(pv4);
  }

  @Benchmark
  public String fourpyunPV4_raw() {
    return Fixtures.md5Upper(pv4 + "&app_secret=12323232323");
  }

  @Benchmark
  public String fourpyunPV4_demo() {
    return Fixtures.demoMd5(pv4 + "&app_secret=" + "12323232323");
  }

  // ---- Bolink BV3: serialise data once, MD5(text + key=…)

  @Benchmark
  public String bolinkBV3_ampark() {
    return BolinkSigner.of("0123456789ABCDEF").sign(BolinkSigner.dataJson(bv3));
  }

  @Benchmark
  public String bolinkBV3_raw() throws Exception {
    return Fixtures.md5Upper(JACKSON.writeValueAsString(bv3) + "key=0123456789ABCDEF");
  }

  @Benchmark
  public String bolinkBV3_demo() {
    JSONObject data = new JSONObject(true);
    data.putAll(bv3);
    return Fixtures.demoMd5(data.toJSONString() + "key=" + "0123456789ABCDEF");
  }

  // ---- Bolink BV5 (legacy): sorted k=v&…, blanks dropped, then key=…

  @Benchmark
  public String bolinkBV5_ampark() {
    return BolinkSigner.of("NQ0eSXs720170114").signLegacy(bv5);
  }

  @Benchmark
  public String bolinkBV5_raw() {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(bv5).entrySet()) {
      String v = e.getValue() == null ? "" : e.getValue().toString();
      if (!v.trim().isEmpty() && !"null".equals(v)) {
        s.append(s.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(v);
      }
    }
    return Fixtures.md5Upper(s.append("key=NQ0eSXs720170114").toString());
  }

  @Benchmark
  public String bolinkBV5_demo() {
    TreeMap<String, Object> sorted = new TreeMap<>(bv5);
    String str = "";
    for (String k : sorted.keySet()) {
      Object v = sorted.get(k);
      if (v != null && !"".equals(v.toString().trim()) && !"null".equals(v.toString())) {
        str += (str.isEmpty() ? "" : "&") + k + "=" + v;
      }
    }
    return Fixtures.demoMd5(str + "key=" + "NQ0eSXs720170114");
  }

  // ---- Wanzhuang Z2: sorted k=v&…, HMAC-SHA256 with the secret, lower hex

  final Map<String, Object> z2 = new LinkedHashMap<>();
  final WanzhuangSigner wanzhuang = WanzhuangSigner.of("testsecret");
  final SecretKeySpec z2Key = new SecretKeySpec("testsecret".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

  {
    z2.put("device_num", "18000001");
    z2.put("device_port", 1);
    z2.put("charge_id", 1);
    z2.put("charge_mode", 7);
    z2.put("total_fee", 100);
    z2.put("app_id", "3aa6943fd3e78e");
    z2.put("timestamp", 1744285110L);
  }

  @Benchmark
  public String wanzhuangZ2_ampark() {
    return wanzhuang.sign(z2);
  }

  @Benchmark
  public String wanzhuangZ2_raw() throws Exception {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(z2).entrySet()) {
      s.append(s.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(z2Key);
    byte[] d = mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8));
    char[] hex = "0123456789abcdef".toCharArray();
    char[] out = new char[64];
    for (int i = 0; i < 32; i++) {
      out[2 * i] = hex[(d[i] >> 4) & 0xF];
      out[2 * i + 1] = hex[d[i] & 0xF];
    }
    return new String(out);
  }

  // ---- Yinli 0.1 envelope: AES/ECB of the JSON, Base64, SHA256withRSA (2048-bit) over the Base64 text.
  // No spec vector (the scheme is UNKNOWN, configured by the user); both implementations are checked
  // to produce the same body and signature.

  final String yinliJson = "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\"}";
  final YinliCodec yinliCodec = AmparkContenders.Yinli.codec();
  final SecretKeySpec yinliAes = new SecretKeySpec(Base64.getDecoder().decode(Fixtures.YL_AES_KEY_BASE64), "AES");
  final PrivateKey yinliKey = rsa();

  private static PrivateKey rsa() {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Fixtures.YL_PRIVATE_KEY)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public String yinliSeal_ampark() {
    YinliCodec.Sealed s = yinliCodec.seal(yinliJson);
    return s.body() + " " + s.signature();
  }

  @Benchmark
  public String yinliSeal_raw() throws Exception {
    Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
    c.init(Cipher.ENCRYPT_MODE, yinliAes);
    String body = Base64.getEncoder().encodeToString(c.doFinal(yinliJson.getBytes(StandardCharsets.UTF_8)));
    Signature sig = Signature.getInstance("SHA256withRSA");
    sig.initSign(yinliKey);
    sig.update(body.getBytes(StandardCharsets.UTF_8));
    return body + " " + Base64.getEncoder().encodeToString(sig.sign());
  }

  static final com.fasterxml.jackson.databind.ObjectMapper JACKSON = new com.fasterxml.jackson.databind.ObjectMapper();
}
