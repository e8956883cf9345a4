package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.BytesBody;
import io.github.ampark.fourpyun.FourPyunSigner;
import io.github.ampark.fourpyun.model.BlacklistEntry;
import io.github.ampark.fourpyun.model.CouponGrantStatus;
import io.github.ampark.fourpyun.model.CouponGrantSync;
import io.github.ampark.fourpyun.model.EnergyDevice;
import io.github.ampark.fourpyun.model.EnergyPort;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.LeavePayment;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.Passage;
import io.github.ampark.fourpyun.model.PreEnterRequest;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.ReleaseRequest;
import io.github.ampark.fourpyun.model.ReplenishRequest;
import io.github.ampark.fourpyun.model.Replenishment;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.UpdateRequest;
import io.github.ampark.fourpyun.model.Vip;
import io.github.ampark.fourpyun.model.VipRenewal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.RequestBody;

/**
 * Turns request models into 4pyun's wire parameters, adding what the client configuration
 * contributes: the default park UUID, {@code app_id}/{@code api_type} on park-side form calls when
 * an api type is configured, and the openapi common parameters ({@code app_id}, {@code timestamp},
 * {@code sign_type}) on energy calls.
 */
public final class Requests {
  /** What Retrofit's Jackson converter labels a JSON body with. */
  private static final okhttp3.MediaType JSON_UTF8 = okhttp3.MediaType.get("application/json; charset=UTF-8");

  private final @Nullable String defaultParkUuid;
  private final @Nullable String appId;
  private final @Nullable String apiType;
  private final Clock clock;
  private final Supplier<ObjectMapper> mapper;
  /** Writes sync bodies as {@code mapper}'s generator would, without making the mapper. */
  private final JsonFactory json = AmparkJson.newFactory();
  private final FourPyunSigner signer;

  /**
   * @param defaultParkUuid park UUID used when a request names none
   * @param appId the P云 app id, if any
   * @param apiType the api type agreed with 4pyun for park-side calls made with the app id, if any
   * @param clock clock for openapi timestamps
   * @param mapper the client's mapper, asked for on first use (JSON-valued form fields)
   * @param signer signs form, multipart and query requests from their fields
   */
  public Requests(@Nullable String defaultParkUuid, @Nullable String appId, @Nullable String apiType, Clock clock,
      Supplier<ObjectMapper> mapper, FourPyunSigner signer) {
    this.signer = signer;
    this.defaultParkUuid = defaultParkUuid;
    this.appId = appId;
    this.apiType = apiType;
    this.clock = clock;
    this.mapper = mapper;
  }

  /**
   * @param override the request's park UUID, or {@code null}
   * @return the park UUID to send
   * @throws ValidationException if neither the request nor the client names one
   */
  public String parkUuid(@Nullable String override) {
    String uuid = override != null ? override : defaultParkUuid;
    if (uuid == null) {
      throw new ValidationException("parkUuid", "is required: set it on the request or on the client builder");
    }
    return uuid;
  }

  private FormParams parking(@Nullable String parkUuid) {
    return withApp(new FormParams().put("park_uuid", parkUuid(parkUuid)));
  }

  private FormParams withApp(FormParams p) {
    return apiType == null ? p : p.put("app_id", appId).put("api_type", apiType);
  }

  private FormParams openApi() {
    return new FormParams()
        .put("app_id", requireAppId("energy endpoints"))
        .put("timestamp", Long.toString(clock.millis()))
        .put("sign_type", "MD5");
  }

  private String requireAppId(String what) {
    if (appId == null) {
      throw new ValidationException("appId", "is required by " + what + ": set it on the client builder");
    }
    return appId;
  }

  /** @param r entry @return multipart body */
  public RequestBody enter(EnterRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    return passage(r).extra(r.extraFields()).multipart(signer);
  }

  /** @param r exit @return multipart body */
  public RequestBody leave(LeaveRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    FormParams p = passage(r)
        .millis("leave_time", r.leaveTime())
        .put("leave_image", r.leaveImageUrl())
        .file("leave_image_file", "leave_image_hash", r.leaveImage())
        .file("leave_plate_image_file", "leave_plate_image_hash", r.leavePlateImage())
        .put("leave_gate", r.leaveGate())
        .put("leave_security", r.leaveSecurity())
        .put("leave_release_reason", r.leaveReleaseReason())
        .put("total_value", r.totalValueFen())
        .put("free_value", r.freeValueFen())
        .put("online_value", r.onlineValueFen())
        .put("balance_value", r.balanceValueFen())
        .put("cash_value", r.cashValueFen())
        .put("prepaid_value", r.prepaidValueFen());
    if (!r.payments().isEmpty()) {
      p.put("payment_list", paymentList(r.payments()));
    }
    return p.extra(r.extraFields()).multipart(signer);
  }

  private FormParams passage(Passage r) {
    // merchant and park_uuid identify the park alike; one of them is enough
    boolean byMerchant = r.merchant() != null && r.parkUuid() == null && defaultParkUuid == null;
    FormParams p = byMerchant ? withApp(new FormParams()) : parking(r.parkUuid());
    return p.put("merchant", r.merchant())
        .put("parking_serial", r.parkingSerial())
        .put("plate", r.plate())
        .put("plate_color", "plateColor", r.plateColor())
        .put("plate_type", "plateType", r.plateType())
        .put("card_no", r.cardNo())
        .put("card_id", r.cardId())
        .millis("enter_time", r.enterTime())
        .put("enter_image", r.enterImageUrl())
        .file("enter_image_file", "enter_image_hash", r.enterImage())
        .file("enter_plate_image_file", "enter_plate_image_hash", r.enterPlateImage())
        .put("enter_gate", r.enterGate())
        .put("enter_security", r.enterSecurity())
        .put("car_type", "carType", r.carType())
        .put("car_desc", r.carDesc())
        .put("car_color", "carColor", r.carColor())
        .put("charge_type", r.chargeType())
        .put("vehicle_type", "vehicleType", r.vehicleType())
        .put("idcard_name", r.idcardName())
        .put("idcard_no", r.idcardNo())
        .put("idcard_image", r.idcardImage())
        .put("enter_release_reason", r.enterReleaseReason())
        .put("total_parking_space", r.totalParkingSpace())
        .put("remain_parking_space", r.remainParkingSpace());
  }

  /** The {@code payment_list} JSON text: one object per payment, keys sorted, values strings. */
  private String paymentList(List<LeavePayment> payments) {
    List<Map<String, String>> list = new ArrayList<>();
    for (LeavePayment pay : payments) {
      Map<String, String> m = new TreeMap<>();
      putIfPresent(m, "change_value", Wire.number(pay.changeValueFen()));
      putIfPresent(m, "free_value", Wire.number(pay.freeValueFen()));
      putIfPresent(m, "operator", pay.operator());
      putIfPresent(m, "parking_order", pay.parkingOrder());
      putIfPresent(m, "pay_origin_desc", pay.payOriginDesc());
      putIfPresent(m, "pay_time", Wire.millis(pay.payTime()));
      putIfPresent(m, "pay_type", Wire.code("payType", pay.payType()));
      putIfPresent(m, "value", Long.toString(pay.valueFen()));
      list.add(m);
    }
    try {
      return mapper.get().writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("payment_list could not be written", e);
    }
  }

  private static void putIfPresent(Map<String, String> m, String key, @Nullable String value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** @param r pre-entry @return form fields */
  public Map<String, String> preEnter(PreEnterRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    return parking(r.parkUuid())
        .put("plate", r.plate())
        .put("plate_color", "plateColor", r.plateColor())
        .millis("gate_time", r.gateTime())
        .put("gate_id", r.gateId())
        .put("gate_name", r.gateName())
        .put("capture_image", r.captureImage())
        .put("vehicle_type", "vehicleType", r.vehicleType())
        .extra(r.extraFields())
        .signed(signer);
  }

  /** @param r release @return form fields */
  public Map<String, String> release(ReleaseRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    return parking(r.parkUuid())
        .put("release_type", "releaseType", r.releaseType())
        .put("parking_serial", r.parkingSerial())
        .put("plate", r.plate())
        .put("plate_color", "plateColor", r.plateColor())
        .iso("release_time", r.releaseTime())
        .put("capture_image", r.captureImage())
        .put("gate_name", r.gateName())
        .put("gate_id", r.gateId())
        .put("car_type", "carType", r.carType())
        .put("car_desc", r.carDesc())
        .put("operator", r.operator())
        .put("reason", r.reason())
        .put("release_method", "releaseMethod", r.releaseMethod())
        .put("release_method_desc", r.releaseMethodDesc())
        .extra(r.extraFields())
        .signed(signer);
  }

  /** @param r record correction @return form fields */
  public Map<String, String> update(UpdateRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    return parking(r.parkUuid())
        .put("flow_no", r.flowNo())
        .put("parking_serial", r.parkingSerial())
        .put("plate", r.plate())
        .put("plate_color", "plateColor", r.plateColor())
        .put("car_type", "carType", r.carType())
        .put("car_desc", r.carDesc())
        .iso("enter_time", r.enterTime())
        .iso("leave_time", r.leaveTime())
        .iso("operate_time", r.operateTime())
        .put("operator", r.operator())
        .put("reason", r.reason())
        .extra(r.extraFields())
        .signed(signer);
  }

  /** @param r contactless charge @return form fields */
  public Map<String, String> prepay(PrepayRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    return parking(r.parkUuid())
        .put("plate", r.plate())
        .millis("enter_time", r.enterTime())
        .put("total_value", r.totalValueFen())
        .put("free_value", r.freeValueFen())
        .put("pay_value", r.payValueFen())
        .put("parking_serial", r.parkingSerial())
        .put("pay_partner", r.payPartner())
        .put("parking_time", r.parkingTime().getSeconds())
        .put("gate_id", r.gateId())
        .put("gate_name", r.gateName())
        .put("auth_code", r.authCode())
        .extra(r.extraFields())
        .signed(signer);
  }

  /** @param parkUuid park (or null for the default) @param payPartner charge key @return query parameters */
  public Map<String, String> paymentStatus(@Nullable String parkUuid, String payPartner) {
    if (payPartner == null || payPartner.trim().isEmpty()) {
      throw new ValidationException("payPartner", "must not be blank");
    }
    return parking(parkUuid).put("pay_partner", payPartner).signed(signer);
  }

  /** @param s coupon grant report @return form fields */
  public Map<String, String> couponGrant(CouponGrantSync s) {
    io.github.ampark.core.Checks.notNull("sync", s);
    FormParams p = new FormParams().put("park_uuid", parkUuid(s.parkUuid()));
    if (CouponGrantStatus.EXPIRED.equals(s.status())) {
      p.put("app_id", requireAppId("mcoupon/grant/sync status updates (4pyun marks app_id required)"))
          .put("status", "status", s.status())
          .put("status_desc", s.statusDesc());
    } else {
      p.put("app_id", appId)
          .put("local_sync", s.localSync() ? "1" : null)
          .put("status", "status", s.status())
          .put("apply_status", "1")
          .put("coupon_value", s.couponValueFen())
          .put("apply_value", s.applyValueFen())
          .iso("apply_time", s.applyTime());
    }
    return p.put("grant_serial", s.grantSerial()).iso("status_time", s.statusTime()).extra(s.extraFields()).signed(signer);
  }

  /** @param b batch @return the JSON body's bytes, serialised here (see {@code json}) */
  public RequestBody vips(SyncBatch<Vip> b) {
    io.github.ampark.core.Checks.notNull("batch", b);
    return json(syncBody(b, VipRow::new));
  }

  /** @param b batch @return the JSON body's bytes, serialised here (see {@code json}) */
  public RequestBody vipRenewals(SyncBatch<VipRenewal> b) {
    io.github.ampark.core.Checks.notNull("batch", b);
    return json(syncBody(b, VipRenewalRow::new));
  }

  /** @param b batch @return the JSON body's bytes, serialised here (see {@code json}) */
  public RequestBody blacklist(SyncBatch<BlacklistEntry> b) {
    io.github.ampark.core.Checks.notNull("batch", b);
    return json(syncBody(b, BlacklistRow::new));
  }

  /**
   * The sync body of a batch, rows converted (and checked) on the calling thread.
   *
   * @param batch the batch
   * @param row converts one record to its row
   * @param <T> record type
   * @param <R> row type
   * @return the body, to be serialised with the client's mapper
   */
  private <T, R extends SyncRow> SyncBody<R> syncBody(SyncBatch<T> batch, Function<T, R> row) {
    String park = parkUuid(batch.parkUuid());
    List<R> rows = new ArrayList<>(batch.rows().size());
    for (T t : batch.rows()) {
      rows.add(row.apply(t));
    }
    return new SyncBody<>(batch.complete(), park, rows);
  }

  /**
   * A sync body serialised here, as the client's mapper would, with the media type Retrofit's Jackson
   * converter gave it (the same bytes and header as before): the call then holds ~125 KB of bytes
   * for its round trip instead of those bytes and the batch's rows, which it kept for Retrofit's
   * call arguments (benchmarks/notes: S3).
   */
  private RequestBody json(SyncBody<?> body) {
    // a generator with the mapper's features and escaping (AmparkJson.newFactory), written by
    // SyncBody.Writer directly: no mapper, no serializer lookup, no introspection of SyncBody
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 256 * body.row.size());
    try (JsonGenerator gen = json.createGenerator(out, JsonEncoding.UTF8)) {
      SyncBody.Writer.write(body, gen);
    } catch (IOException e) {
      throw new IllegalStateException("a sync body could not be written as JSON", e);
    }
    return BytesBody.of(out.toByteArray(), JSON_UTF8);
  }

  /** @param r charging session end @return form fields */
  public Map<String, String> replenish(ReplenishRequest r) {
    io.github.ampark.core.Checks.notNull("request", r);
    return openApi()
        .put("station_uuid", r.stationUuid())
        .put("device_no", r.deviceNo())
        .put("port_no", r.portNo())
        .put("replenish_order", r.replenishOrder())
        .iso("start_time", r.startTime())
        .iso("end_time", r.endTime())
        .put("vin", r.vin())
        .put("plate", r.plate())
        .put("quantity", r.energyWh())
        .put("energy_value", r.energyValueFen())
        .put("fee_value", r.feeValueFen())
        .put("total_value", r.totalValueFen())
        .put("energy_code", "energyCode", r.energyCode())
        .extra(r.extraFields())
        .signed(signer);
  }

  /** @param d device @return JSON body in the documented key order */
  public Map<String, Object> energyDevice(EnergyDevice d) {
    io.github.ampark.core.Checks.notNull("device", d);
    Map<String, Object> m = openApiJson();
    m.put("station_uuid", d.stationUuid());
    m.put("no", d.no());
    m.put("name", d.name());
    m.put("type", d.type());
    m.put("state", d.state());
    m.put("state_desc", d.stateDesc());
    m.put("energy_code", Wire.code("energyCode", d.energyCode()));
    m.put("metadata", new TreeMap<>(d.metadata()));
    List<Map<String, Object>> ports = new ArrayList<>();
    for (EnergyPort port : d.ports()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("no", port.no());
      pm.put("state", port.state());
      pm.put("state_desc", port.stateDesc());
      pm.put("alias", port.alias());
      pm.put("space_status", port.spaceStatus());
      ports.add(pm);
    }
    m.put("port", ports);
    return withExtra(m, d.extraFields());
  }

  /** @param r charging session state @return JSON body in the documented key order */
  public Map<String, Object> replenishment(Replenishment r) {
    io.github.ampark.core.Checks.notNull("request", r);
    Map<String, Object> m = openApiJson();
    m.put("station_uuid", r.stationUuid());
    m.put("order", r.order());
    m.put("start_time", Wire.iso(r.startTime()));
    m.put("end_time", Wire.iso(r.endTime()));
    m.put("vin", r.vin());
    m.put("plate", r.plate());
    m.put("quantity", r.energyWh());
    m.put("energy_value", r.energyValueFen());
    m.put("fee_value", r.feeValueFen());
    m.put("state", r.state());
    m.put("state_desc", r.stateDesc());
    m.put("device_no", r.deviceNo());
    m.put("device_type", r.deviceType());
    m.put("port_no", r.portNo());
    m.put("energy_code", Wire.code("energyCode", r.energyCode()));
    m.put("soc", r.soc());
    m.put("mobile", r.mobile());
    return withExtra(m, r.extraFields());
  }

  /** Extra fields after the typed keys of a JSON object, in name order. */
  static Map<String, Object> withExtra(Map<String, Object> m, Map<String, String> extra) {
    for (Map.Entry<String, String> e : new TreeMap<>(extra).entrySet()) {
      if (m.containsKey(e.getKey())) {
        throw new ValidationException("extraFields[" + e.getKey() + "]", "repeats a field the request already sets");
      }
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  private Map<String, Object> openApiJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("app_id", requireAppId("energy endpoints"));
    m.put("timestamp", clock.millis());
    m.put("sign_type", "MD5");
    return m;
  }
}
