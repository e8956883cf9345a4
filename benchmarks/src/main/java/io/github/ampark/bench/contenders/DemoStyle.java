package io.github.ampark.bench.contenders;

import cn.hutool.http.HttpRequest;
import cn.hutool.http.HttpUtil;
import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.JSONObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.http.client.fluent.Request;
import org.apache.http.entity.ContentType;

/**
 * What integrators copy today from the vendors' demos: hutool {@code HttpUtil}, fastjson and a
 * hand-rolled MD5 (Bolink and 4pyun demos), and Apache HttpClient fluent (the 4pyun demo).
 */
public final class DemoStyle {
  private DemoStyle() {}

  /** Wikeyun with hutool + fastjson (there is no Java demo; this is the usual port of the PHP one). */
  public static final class WikeyunHutool implements Contender {
    private final String baseUrl;

    public WikeyunHutool(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    @Override public String name() { return "hutool+fastjson"; }
    @Override public String vendor() { return "wikeyun"; }

    @Override
    public void call() throws IOException {
      Map<String, Object> params = new HashMap<>();
      params.put("store_id", Fixtures.WK_STORE);
      params.put("cardId", Fixtures.WK_CARD);
      params.put("order_no", Fixtures.orderNo("T"));
      params.put("amount", 100);
      params.put("recharge_type", 0);
      params.put("notify_url", Fixtures.WK_NOTIFY);
      String ts = String.valueOf(Fixtures.now().getEpochSecond());
      TreeMap<String, Object> sorted = new TreeMap<>(params);
      sorted.put("app_key", Fixtures.WK_APP_KEY);
      sorted.put("timestamp", ts);
      sorted.put("client", Fixtures.WK_CLIENT_IP);
      sorted.put("format", "json");
      sorted.put("v", "1.0");
      String str = Fixtures.WK_SECRET;
      for (String k : sorted.keySet()) {
        str += k + sorted.get(k);
      }
      str += Fixtures.WK_SECRET;
      String sign = Fixtures.demoMd5(str);
      String url = baseUrl + "rest/Power/pushOrder?app_key=" + Fixtures.WK_APP_KEY + "&timestamp=" + ts
          + "&client=" + Fixtures.WK_CLIENT_IP + "&format=json&v=1.0&sign=" + sign;
      String resp = HttpUtil.post(url, params);
      JSONObject json = JSON.parseObject(resp);
      if (!"0000".equals(json.getString("code"))) {
        throw new IOException("wikeyun refused: " + resp);
      }
    }
  }

  /** The 4pyun vip/recharge demo: fastjson TreeMap body, MD5.encryptHEX, fluent-hc. */
  public static final class FourPyunFluent implements Contender {
    private final String url;

    public FourPyunFluent(String baseUrl) {
      this.url = baseUrl + "parking/internal/vip/recharge";
    }

    @Override public String name() { return "fluent-hc+fastjson"; }
    @Override public String vendor() { return "4pyun"; }

    @Override
    public void call() throws IOException {
      List<Map<String, String>> rows = new ArrayList<>();
      rows.add(demoRow(Fixtures.orderNo("P")));
      send(rows, "0");
    }

    public void send(List<? extends Map<String, String>> rows, String complete) throws IOException {
      TreeMap<String, Object> map = new TreeMap<>();
      map.put("park_uuid", Fixtures.PP_PARK);
      map.put("complete", complete);
      map.put("row", rows);
      String content = JSON.toJSONString(map);
      String sign = Fixtures.demoMd5(content + "&app_secret=" + Fixtures.PP_SECRET);
      String text = Request.Post(url).addHeader("Authorization", sign)
          .bodyString(content, ContentType.APPLICATION_JSON).execute().returnContent().asString(StandardCharsets.UTF_8);
      JSONObject json = JSON.parseObject(text);
      if (!"1001".equals(json.getString("code"))) {
        throw new IOException("4pyun refused: " + text);
      }
    }

    /** The demo's row: a HashMap of strings, exactly as vip-recharge-sync.md builds it. */
    public static Map<String, String> demoRow(String payPartner) {
      Map<String, String> map1 = new HashMap<>();
      map1.put("plate", "粤X33333");
      map1.put("plate_color", "1");
      map1.put("card_no", "ID000001");
      map1.put("card_id", "ID000001");
      map1.put("charge_type", "101");
      map1.put("vip_type", "1");
      map1.put("quantity", "1");
      map1.put("pay_partner", payPartner);
      map1.put("pay_type", "1");
      map1.put("value", "30");
      map1.put("pay_time", String.valueOf(Fixtures.PP_PAY_TIME_MS));
      map1.put("pay_value", "10000");
      map1.put("operator", "张三");
      return map1;
    }
  }

  /** 4pyun with hutool's HttpRequest instead of fluent-hc (the other common copy). */
  public static final class FourPyunHutool implements Contender {
    private final String url;

    public FourPyunHutool(String baseUrl) {
      this.url = baseUrl + "parking/internal/vip/recharge";
    }

    @Override public String name() { return "hutool+fastjson"; }
    @Override public String vendor() { return "4pyun"; }

    @Override
    public void call() throws IOException {
      TreeMap<String, Object> map = new TreeMap<>();
      map.put("park_uuid", Fixtures.PP_PARK);
      List<Map<String, String>> rows = new ArrayList<>();
      rows.add(FourPyunFluent.demoRow(Fixtures.orderNo("P")));
      map.put("row", rows);
      String content = JSON.toJSONString(map);
      String sign = Fixtures.demoMd5(content + "&app_secret=" + Fixtures.PP_SECRET);
      String text = HttpRequest.post(url).header("Authorization", sign).body(content, "application/json").execute().body();
      if (!"1001".equals(JSON.parseObject(text).getString("code"))) {
        throw new IOException("4pyun refused: " + text);
      }
    }
  }

  /** The Bolink demo: fastjson JSONObject data, sign over data.toJSONString(), hutool post. */
  public static final class BolinkHutool implements Contender {
    private final String url;

    public BolinkHutool(String baseUrl) {
      this.url = baseUrl + "unionapi/neworder/updateorder";
    }

    @Override public String name() { return "hutool+fastjson"; }
    @Override public String vendor() { return "bolink"; }

    @Override
    public void call() throws IOException {
      long now = Fixtures.now().getEpochSecond();
      JSONObject data = new JSONObject();
      data.put("park_id", Fixtures.BL_PARK);
      data.put("union_id", Fixtures.BL_UNION);
      data.put("car_number", "京A12345");
      data.put("in_time", now - 3600);
      data.put("out_time", now);
      data.put("pay_type", "cash");
      data.put("empty_plot", 56);
      data.put("total", "10.00");
      data.put("order_id", Fixtures.orderNo("B"));
      String sign = Fixtures.demoMd5(data.toJSONString() + "key=" + Fixtures.BL_UKEY);
      JSONObject body = new JSONObject();
      body.put("data", data);
      body.put("sign", sign);
      String resp = HttpUtil.post(url, body.toJSONString());
      if (JSON.parseObject(resp).getIntValue("state") != 1) {
        throw new IOException("bolink refused: " + resp);
      }
    }
  }
}
