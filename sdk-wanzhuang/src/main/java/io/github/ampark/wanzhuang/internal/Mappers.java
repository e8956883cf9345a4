package io.github.ampark.wanzhuang.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.wanzhuang.model.Acknowledgement;
import io.github.ampark.wanzhuang.model.CallbackLogEntry;
import io.github.ampark.wanzhuang.model.DataRecord;
import io.github.ampark.wanzhuang.model.DeviceState;
import io.github.ampark.wanzhuang.model.ExpiringDevicesPage;
import io.github.ampark.wanzhuang.model.ModeSettings;
import io.github.ampark.wanzhuang.model.OnlineLogPage;
import io.github.ampark.wanzhuang.model.PortState;
import io.github.ampark.wanzhuang.model.RenewOrder;
import io.github.ampark.wanzhuang.model.RenewStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Envelope → model (not API). Answers are read leniently (a number sent as a string is a number);
 * what a model needs and cannot find is a {@link ResponseFormatException}. Linear in the answer.
 */
public final class Mappers {
  private Mappers() {}

  /** @param env the envelope @return message, data.result, timestamp and data's fields */
  public static Acknowledgement ack(JsonNode env) {
    JsonNode data = env.path("data");
    JsonNode result = data.path("result");
    Acknowledgement.Builder b = Acknowledgement.builder().message(text(env.get("message"))).data(fields(data));
    if (result.isBoolean()) {
      b.result(result.asBoolean());
    } else if (result.isValueNode() && !result.isNull()) {
      String t = result.asText().trim();
      if ("true".equalsIgnoreCase(t) || "1".equals(t)) {
        b.result(true);
      } else if ("false".equalsIgnoreCase(t) || "0".equals(t)) {
        b.result(false);
      }
    }
    Long ts = number(env.get("timestamp"));
    if (ts != null) {
      b.serverTime(Instant.ofEpochSecond(ts));
    }
    return b.build();
  }

  /** @param env the envelope @return data as one record (empty when data is not an object) */
  public static DataRecord record(JsonNode env) {
    return DataRecord.builder().fields(fields(env.path("data"))).build();
  }

  /** @param env the envelope @param operation for errors @return data (an array, or an object's first array) as records */
  public static List<DataRecord> records(JsonNode env, String operation) {
    JsonNode data = env.path("data");
    JsonNode list = data.isArray() ? data : firstArray(data);
    if (list == null) {
      if (data.isObject()) {
        return Collections.singletonList(DataRecord.builder().fields(fields(data)).build());
      }
      throw format(operation, "data is neither an array nor an object");
    }
    List<DataRecord> out = new ArrayList<>();
    for (JsonNode item : list) {
      out.add(DataRecord.builder().fields(fields(item)).build());
    }
    return out;
  }

  /** @param env getMode's envelope @return data.mode */
  public static ModeSettings mode(JsonNode env) {
    JsonNode data = env.path("data");
    JsonNode mode = data.has("mode") ? data.path("mode") : data;
    if (!mode.isObject()) {
      throw format("getMode", "data.mode is not an object");
    }
    JsonNode code = mode.has("charge_mode") ? mode.get("charge_mode") : mode.get("chargeMode");
    return ModeSettings.builder()
        .chargeModeCode(text(code))
        .chargeTypeCode(text(mode.has("chargeType") ? mode.get("chargeType") : mode.get("charge_type")))
        .paymentValues(list(mode.has("paymentValue") ? mode.get("paymentValue") : mode.get("payment_value")))
        .timeValues(list(mode.has("timeValue") ? mode.get("timeValue") : mode.get("time_value")))
        .startFeeFen(number(mode.has("startFee") ? mode.get("startFee") : mode.get("start_fee")))
        .maxPayFeeFen(number(mode.has("maxPayFee") ? mode.get("maxPayFee") : mode.get("max_pay_fee")))
        .fields(fields(mode))
        .build();
  }

  /**
   * Ports, from the layouts seen in answers of this kind: {@code ports: [...]}, {@code data: [...]}
   * of port objects, or an object keyed by port number. Anything else: no ports, {@code
   * portsRecognised == false}.
   *
   * @param data the {@code data} of device/state, or one entry of state/list
   * @return the state
   */
  public static DeviceState deviceState(JsonNode data) {
    DeviceState.Builder b = DeviceState.builder().fields(fields(data)).portsRecognised(false);
    if (data.isObject()) {
      b.deviceNum(text(data.has("device_num") ? data.get("device_num") : data.get("deviceNum")));
    }
    JsonNode ports = data.isArray() ? data : data.path("ports");
    if (ports.isArray()) {
      boolean all = true;
      List<PortState> found = new ArrayList<>();
      for (JsonNode p : ports) {
        Long n = number(p.has("port") ? p.get("port") : p.has("device_port") ? p.get("device_port") : p.get("port_num"));
        if (n == null || !p.isObject()) {
          all = false;
          continue;
        }
        found.add(port(n, p));
      }
      return b.ports(found).portsRecognised(all).build();
    }
    if (data.isObject() && data.size() > 0) {
      List<PortState> found = new ArrayList<>();
      boolean keyed = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().matches("[0-9]{1,4}") && e.getValue().isObject()) {
          found.add(port(Long.parseLong(e.getKey()), e.getValue()));
        } else if (e.getKey().matches("[0-9]{1,4}")) {
          keyed = false;
        }
      }
      if (!found.isEmpty() && keyed) {
        return b.ports(found).portsRecognised(true).build();
      }
    }
    return b.build();
  }

  /** @param env state/list's envelope @return one state per entry of data */
  public static List<DeviceState> deviceStates(JsonNode env) {
    JsonNode data = env.path("data");
    List<DeviceState> out = new ArrayList<>();
    if (data.isArray()) {
      for (JsonNode d : data) {
        out.add(deviceState(d));
      }
      return out;
    }
    if (data.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        DeviceState s = deviceState(e.getValue());
        out.add(s.deviceNum() == null ? DeviceState.builder().from(s).deviceNum(e.getKey()).build() : s);
      }
      return out;
    }
    throw format("stateList", "data is neither an array nor an object");
  }

  private static PortState port(long number, JsonNode p) {
    return PortState.builder()
        .port(number)
        .stateCode(text(p.get("state")))
        .chargeId(number(p.get("charge_id")))
        .fields(fields(p))
        .build();
  }

  /** The callback log, and whether its data was a well-formed array. */
  public static final class Log {
    /** The entries. */
    public final List<CallbackLogEntry> entries;
    /** Whether data was an array (a well-formed answer). */
    public final boolean wellFormed;

    Log(List<CallbackLogEntry> entries, boolean wellFormed) {
      this.entries = entries;
      this.wellFormed = wellFormed;
    }
  }

  /** @param env callback/log's envelope @return its entries */
  public static Log callbackLog(JsonNode env) {
    JsonNode data = env.path("data");
    if (!data.isArray()) {
      return new Log(Collections.<CallbackLogEntry>emptyList(), false);
    }
    List<CallbackLogEntry> out = new ArrayList<>();
    for (JsonNode item : data) {
      Map<String, String> req = request(item.get("req"));
      Long id = number(item.get("charge_id"));
      if (id == null && req.containsKey("charge_id")) {
        id = number(req.get("charge_id"));
      }
      out.add(CallbackLogEntry.builder().chargeId(id).request(req).fields(fields(item)).build());
    }
    return new Log(out, true);
  }

  /** @param env the log envelope @return the entries, or a format error for a malformed answer */
  public static List<CallbackLogEntry> callbackLogEntries(JsonNode env) {
    Log log = callbackLog(env);
    if (!log.wellFormed) {
      throw format("callbackLog", "data is not an array");
    }
    return log.entries;
  }

  /** @param env online_log's envelope @return the page */
  public static OnlineLogPage onlineLog(JsonNode env) {
    JsonNode data = env.path("data");
    Long count = number(data.get("count"));
    JsonNode logs = data.path("logs");
    if (count == null || !logs.isArray()) {
      throw format("onlineLog", "data.count or data.logs is missing");
    }
    List<DataRecord> lines = new ArrayList<>();
    for (JsonNode l : logs) {
      lines.add(DataRecord.builder().fields(fields(l)).build());
    }
    return OnlineLogPage.builder().count(count).logs(lines).build();
  }

  /** @param env the expiring list's envelope @return the page */
  public static ExpiringDevicesPage expiring(JsonNode env) {
    JsonNode data = env.path("data");
    Long count = number(data.get("count"));
    JsonNode list = data.path("list");
    if (count == null || !list.isArray()) {
      throw format("getCompanyExpireDeviceList", "data.count or data.list is missing");
    }
    List<DataRecord> devices = new ArrayList<>();
    for (JsonNode d : list) {
      devices.add(DataRecord.builder().fields(fields(d)).build());
    }
    return ExpiringDevicesPage.builder().count(count).devices(devices).build();
  }

  /** @param outTradeNo the request's key @param env the create answer @return the order */
  public static RenewOrder renewOrder(String outTradeNo, JsonNode env) {
    JsonNode data = env.path("data");
    JsonNode qr = data.isObject() ? data.get("qrCode") : data;
    return RenewOrder.builder().outTradeNo(outTradeNo).qrCode(text(qr)).fields(fields(data)).build();
  }

  /** @param env the status answer @return the entries, or null when data is not an array */
  public static @Nullable List<RenewStatus> renewStatusOrNull(JsonNode env) {
    JsonNode data = env.path("data");
    if (!data.isArray()) {
      return null;
    }
    List<RenewStatus> out = new ArrayList<>();
    for (JsonNode d : data) {
      out.add(RenewStatus.builder()
          .outTradeNo(text(d.has("outTradeNo") ? d.get("outTradeNo") : d.get("out_trade_no")))
          .renewState(text(d.has("renewState") ? d.get("renewState") : d.get("renew_state")))
          .fields(fields(d))
          .build());
    }
    return out;
  }

  /** @param env the status answer @return the entries */
  public static List<RenewStatus> renewStatus(JsonNode env) {
    List<RenewStatus> out = renewStatusOrNull(env);
    if (out == null) {
      throw format("getCompanyRenewStatus", "data is not an array");
    }
    return out;
  }

  /** @param node an object @return its non-null fields as text, containers as compact JSON */
  public static Map<String, String> fields(@Nullable JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || !node.isObject()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String t = e.getValue().isContainerNode() ? e.getValue().toString() : text(e.getValue());
      if (t != null) {
        out.put(e.getKey(), t);
      }
    }
    return out;
  }

  /** @param node a value @return its text, or null for absent/null/container */
  public static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
  }

  /** @param node a value @return a whole number from a number or numeric text, else null */
  public static @Nullable Long number(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    return node.isTextual() ? number(node.asText()) : null;
  }

  /** @param text numeric text @return the number, or null */
  public static @Nullable Long number(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (!t.matches("-?[0-9]{1,18}")) {
      return null;
    }
    return Long.parseLong(t);
  }

  private static List<String> list(@Nullable JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        out.add(n.isValueNode() ? n.asText() : n.toString());
      }
      return out;
    }
    String t = node.asText();
    if (t.trim().startsWith("[")) {
      try {
        JsonNode parsed = AmparkJson.readTree(t);
        if (parsed.isArray()) {
          return list(parsed);
        }
      } catch (IOException e) {
        // fall through: keep the text as one value
      }
    }
    out.add(t);
    return out;
  }

  private static Map<String, String> request(@Nullable JsonNode req) {
    if (req == null || req.isNull()) {
      return Collections.emptyMap();
    }
    if (req.isObject()) {
      return fields(req);
    }
    String t = req.asText().trim();
    if (t.startsWith("{")) {
      try {
        return fields(AmparkJson.readTree(t));
      } catch (IOException e) {
        return Collections.emptyMap();
      }
    }
    return t.contains("=") ? new LinkedHashMap<>(BodyCodec.form(t)) : Collections.<String, String>emptyMap();
  }

  private static @Nullable JsonNode firstArray(JsonNode data) {
    if (!data.isObject()) {
      return null;
    }
    for (JsonNode v : data) {
      if (v.isArray()) {
        return v;
      }
    }
    return null;
  }

  private static ResponseFormatException format(String operation, String problem) {
    return new ResponseFormatException("wanzhuang", operation, 200, problem, "", null);
  }
}
