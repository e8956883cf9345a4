package io.github.ampark.bench.contenders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Hand-written OkHttp clients doing exactly the wire work of the Ampark calls (same signed bytes),
 * with one shared OkHttpClient and Jackson: the floor for this stack.
 */
public final class RawOkHttp {
  static final OkHttpClient CLIENT = new OkHttpClient();
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private RawOkHttp() {}

  static JsonNode post(Request request) throws IOException {
    try (Response r = CLIENT.newCall(request).execute()) {
      if (!r.isSuccessful()) {
        throw new IOException("HTTP " + r.code());
      }
      return MAPPER.readTree(r.body().byteStream());
    }
  }

  /** Wikeyun rest/Power/pushOrder: system params in the query, business params as a form. */
  public static final class Wikeyun implements Contender {
    private final HttpUrl url;

    public Wikeyun(String baseUrl) {
      this.url = HttpUrl.get(baseUrl).resolve("rest/Power/pushOrder");
    }

    @Override public String name() { return "raw-okhttp"; }
    @Override public String vendor() { return "wikeyun"; }

    @Override
    public void call() throws IOException {
      Map<String, String> biz = new LinkedHashMap<>();
      biz.put("store_id", Fixtures.WK_STORE);
      biz.put("cardId", Long.toString(Fixtures.WK_CARD));
      biz.put("order_no", Fixtures.orderNo("T"));
      biz.put("amount", "100");
      biz.put("recharge_type", "0");
      biz.put("notify_url", Fixtures.WK_NOTIFY);
      String ts = Long.toString(Fixtures.now().getEpochSecond());
      TreeMap<String, String> all = new TreeMap<>(biz);
      all.put("app_key", Fixtures.WK_APP_KEY);
      all.put("timestamp", ts);
      all.put("client", Fixtures.WK_CLIENT_IP);
      all.put("format", "json");
      all.put("v", "1.0");
      StringBuilder s = new StringBuilder(Fixtures.WK_SECRET);
      for (Map.Entry<String, String> e : all.entrySet()) {
        s.append(e.getKey()).append(e.getValue());
      }
      String sign = Fixtures.md5Upper(s.append(Fixtures.WK_SECRET).toString());
      HttpUrl signed = url.newBuilder().addQueryParameter("app_key", Fixtures.WK_APP_KEY)
          .addQueryParameter("timestamp", ts).addQueryParameter("client", Fixtures.WK_CLIENT_IP)
          .addQueryParameter("format", "json").addQueryParameter("v", "1.0").addQueryParameter("sign", sign).build();
      FormBody.Builder form = new FormBody.Builder();
      biz.forEach(form::add);
      JsonNode env = post(new Request.Builder().url(signed).post(form.build()).build());
      if (!"0000".equals(env.path("code").asText()) || env.path("data").path("order_number").isMissingNode()) {
        throw new IOException("wikeyun refused: " + env);
      }
    }
  }

  /** 4pyun parking/internal/vip/recharge: JSON body signed into the Authorization header. */
  public static final class FourPyun implements Contender {
    private final HttpUrl url;

    public FourPyun(String baseUrl) {
      this.url = HttpUrl.get(baseUrl).resolve("parking/internal/vip/recharge");
    }

    @Override public String name() { return "raw-okhttp"; }
    @Override public String vendor() { return "4pyun"; }

    @Override
    public void call() throws IOException {
      List<Map<String, Object>> rows = new ArrayList<>();
      rows.add(renewalRow(Fixtures.orderNo("P")));
      send(rows, false);
    }

    /** One batch; also used by the S3 streaming loop. */
    public void send(List<Map<String, Object>> rows, boolean complete) throws IOException {
      Map<String, Object> body = new TreeMap<>();
      body.put("park_uuid", Fixtures.PP_PARK);
      body.put("complete", complete ? "1" : "0");
      body.put("row", rows);
      byte[] bytes = MAPPER.writeValueAsBytes(body);
      String sign = Fixtures.md5Upper(new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "&app_secret=" + Fixtures.PP_SECRET);
      JsonNode env = post(new Request.Builder().url(url).header("Authorization", sign)
          .post(RequestBody.create(bytes, JSON)).build());
      if (!"1001".equals(env.path("code").asText()) || !env.path("hint").asText("").isEmpty()) {
        throw new IOException("4pyun refused: " + env);
      }
    }

    /** The PV4 row: string values, keys sorted (what the 4pyun demos send and Ampark too). */
    public static Map<String, Object> renewalRow(String payPartner) {
      Map<String, Object> row = new TreeMap<>();
      row.put("plate", "粤X33333");
      row.put("plate_color", "1");
      row.put("card_no", "ID000001");
      row.put("card_id", "ID000001");
      row.put("charge_type", "101");
      row.put("vip_type", "1");
      row.put("quantity", "1");
      row.put("pay_partner", payPartner);
      row.put("pay_type", "1");
      row.put("value", "30");
      row.put("pay_time", Long.toString(Fixtures.PP_PAY_TIME_MS));
      row.put("pay_value", "10000");
      row.put("operator", "张三");
      return row;
    }
  }

  /** Bolink 3.2 neworder/updateorder: family A, data JSON text + key=ukey. */
  public static final class Bolink implements Contender {
    private final HttpUrl url;

    public Bolink(String baseUrl) {
      this.url = HttpUrl.get(baseUrl).resolve("unionapi/neworder/updateorder");
    }

    @Override public String name() { return "raw-okhttp"; }
    @Override public String vendor() { return "bolink"; }

    @Override
    public void call() throws IOException {
      long now = Fixtures.now().getEpochSecond();
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("park_id", Fixtures.BL_PARK);
      data.put("union_id", Fixtures.BL_UNION);
      data.put("car_number", "京A12345");
      data.put("in_time", now - 3600);
      data.put("out_time", now);
      data.put("pay_type", "cash");
      data.put("empty_plot", 56);
      data.put("total", new BigDecimal("10.00").toPlainString());
      data.put("order_id", Fixtures.orderNo("B"));
      String text = MAPPER.writeValueAsString(data);
      String sign = Fixtures.md5Upper(text + "key=" + Fixtures.BL_UKEY);
      String body = "{\"data\":" + text + ",\"sign\":\"" + sign + "\"}";
      JsonNode env = post(new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build());
      if (env.path("state").asInt() != 1) {
        throw new IOException("bolink refused: " + env);
      }
    }
  }

  /** Wanzhuang open/charge/start: JSON body carrying app_id, timestamp and an HMAC-SHA256 sign. */
  public static final class Wanzhuang implements Contender {
    private final HttpUrl url;
    private final SecretKeySpec key = new SecretKeySpec(Fixtures.WZ_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    public Wanzhuang(String baseUrl) {
      this.url = HttpUrl.get(baseUrl).resolve("open/charge/start");
    }

    @Override public String name() { return "raw-okhttp"; }
    @Override public String vendor() { return "wanzhuang"; }

    @Override
    public void call() throws Exception {
      long chargeId = Fixtures.nextNumber();
      long ts = Fixtures.now().getEpochSecond();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("device_num", Fixtures.WZ_DEVICE);
      body.put("device_port", 1);
      body.put("charge_id", chargeId);
      body.put("charge_mode", 7);
      body.put("total_fee", 100);
      body.put("app_id", Fixtures.WZ_APP_ID);
      body.put("timestamp", ts);
      String toSign = "app_id=" + Fixtures.WZ_APP_ID + "&charge_id=" + chargeId + "&charge_mode=7&device_num="
          + Fixtures.WZ_DEVICE + "&device_port=1&timestamp=" + ts + "&total_fee=100";
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      body.put("sign", lowerHex(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8))));
      JsonNode env = post(new Request.Builder().url(url).post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON)).build());
      if (env.path("code").asInt() != 1) {
        throw new IOException("wanzhuang refused: " + env);
      }
    }
  }

  static String lowerHex(byte[] d) {
    char[] hex = "0123456789abcdef".toCharArray();
    char[] out = new char[d.length * 2];
    for (int i = 0; i < d.length; i++) {
      out[2 * i] = hex[(d[i] >> 4) & 0xF];
      out[2 * i + 1] = hex[d[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * Yinli 2.1 deviceInfo through the 0.1 envelope, by hand: AES/ECB the JSON, Base64, SHA256withRSA
   * over the Base64 text, both as multipart parts, the five envelope headers; the answer's
   * signature checked and its body decrypted.
   */
  public static final class Yinli implements Contender {
    private final HttpUrl url;
    private final SecretKeySpec aes = new SecretKeySpec(Base64.getDecoder().decode(Fixtures.YL_AES_KEY_BASE64), "AES");
    private final PrivateKey priv;
    private final PublicKey pub;

    public Yinli(String baseUrl) {
      this.url = HttpUrl.get(baseUrl).resolve("openapi/energy/deviceInfo");
      try {
        KeyFactory f = KeyFactory.getInstance("RSA");
        priv = f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Fixtures.YL_PRIVATE_KEY)));
        pub = f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(Fixtures.YL_PUBLIC_KEY)));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override public String name() { return "raw-okhttp"; }
    @Override public String vendor() { return "yinli"; }

    @Override
    public void call() throws Exception {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("shopCode", Fixtures.YL_SHOP);
      query.put("deviceActualCode", Fixtures.YL_DEVICE);
      Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
      c.init(Cipher.ENCRYPT_MODE, aes);
      String body = Base64.getEncoder().encodeToString(c.doFinal(MAPPER.writeValueAsBytes(query)));
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(priv);
      s.update(body.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(s.sign());
      String boundary = "yinli-" + UUID.randomUUID().toString().replace("-", "");
      String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n--"
          + boundary + "\r\nContent-Disposition: form-data; name=\"signature\"\r\n\r\n" + signature + "\r\n--"
          + boundary + "--\r\n";
      Request request = new Request.Builder().url(url)
          .header("version", Fixtures.YL_VERSION).header("corpId", Fixtures.YL_CORP).header("appId", Fixtures.YL_APP)
          .header("requestId", Fixtures.requestId()).header("requestTime", Long.toString(Fixtures.now().toEpochMilli()))
          .post(RequestBody.create(multipart.getBytes(StandardCharsets.UTF_8),
              MediaType.get("multipart/form-data; boundary=" + boundary)))
          .build();
      JsonNode env = post(request);
      if (!env.path("success").asBoolean()) {
        throw new IOException("yinli refused: " + env);
      }
      String sealed = env.path("data").path("body").asText();
      Signature v = Signature.getInstance("SHA256withRSA");
      v.initVerify(pub);
      v.update(sealed.getBytes(StandardCharsets.UTF_8));
      if (!v.verify(Base64.getDecoder().decode(env.path("data").path("signature").asText()))) {
        throw new IOException("yinli answer: signature mismatch");
      }
      Cipher d = Cipher.getInstance("AES/ECB/PKCS5Padding");
      d.init(Cipher.DECRYPT_MODE, aes);
      JsonNode info = MAPPER.readTree(d.doFinal(Base64.getDecoder().decode(sealed)));
      if (!info.path("balance").isNumber()) {
        throw new IOException("yinli answer without balance");
      }
    }
  }
}
