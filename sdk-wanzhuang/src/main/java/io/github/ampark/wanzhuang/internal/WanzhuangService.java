package io.github.ampark.wanzhuang.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * The wz-open endpoints with a known path (not API), in the order of the vendor's sidebar. Every
 * call returns the whole envelope; {@link WanzhuangRequestSigner} adds {@code app_id}, {@code
 * timestamp} and {@code sign} where the business fields are. Queries and {@code charge/stop} are
 * {@code SAFE}; {@code charge/start} and {@code createCompanyRenewOrder} are keyed (reconciled by the
 * facades); other writes are {@code UNSAFE}: never resent once they may have arrived.
 */
public interface WanzhuangService {
  // ---- device info and modes ----

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @POST("open/device/saveMode")
  AmparkCall<JsonNode> saveMode(@Body RequestBody multipart);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/getMode")
  AmparkCall<JsonNode> getMode(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/getDeviceModeTimeInfo")
  AmparkCall<JsonNode> getDeviceModeTimeInfo(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/getDeviceModeWorkInfo")
  AmparkCall<JsonNode> getDeviceModeWorkInfo(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/getDeviceModePowerInfo")
  AmparkCall<JsonNode> getDeviceModePowerInfo(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/getDeviceSettingOfflineCardInfo")
  AmparkCall<JsonNode> getDeviceSettingOfflineCardInfo(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/findOne")
  AmparkCall<JsonNode> findOne(@QueryMap Map<String, String> query);

  /** A read by POST: safe to resend. */
  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @POST("open/device/findMultiDevices")
  AmparkCall<JsonNode> findMultiDevices(@Body RequestBody multipart);

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @POST("open/device/add")
  AmparkCall<JsonNode> add(@Body RequestBody json);

  // ---- device state ----

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @POST("open/device/state/offline")
  AmparkCall<JsonNode> offline(@Body RequestBody json);

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @POST("open/device/state/port/error")
  AmparkCall<JsonNode> portError(@Body RequestBody json);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/state")
  AmparkCall<JsonNode> state(
      @Query("device_num") String deviceNum,
      @Query("port_fields") List<String> portFields,
      @QueryMap Map<String, String> extra);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/state/list")
  AmparkCall<JsonNode> stateList(
      @Query("device_nums[]") List<String> deviceNums,
      @Query("port_fields[]") List<String> portFields,
      @QueryMap Map<String, String> extra);

  // ---- charging ----

  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @WholeEnvelope
  @POST("open/charge/start")
  AmparkCall<JsonNode> start(@Body RequestBody json);

  /** Stopping a stopped charge changes nothing: safe to resend. */
  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @POST("open/charge/stop")
  AmparkCall<JsonNode> stop(@Body RequestBody json);

  // ---- callback tools ----

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/callback/log")
  AmparkCall<JsonNode> callbackLog(@QueryMap Map<String, String> query);

  /** Re-sends a finish_order report, which the vendor says is idempotent: safe to resend. */
  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @POST("open/callback/retry/finish_order")
  AmparkCall<JsonNode> retryFinishOrder(@Body RequestBody json);

  // ---- device logs ----

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/device/log/online_log")
  AmparkCall<JsonNode> onlineLog(@QueryMap Map<String, String> query);

  // ---- SIM renewal ----

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/renew/getCompanyExpireDeviceList")
  AmparkCall<JsonNode> getCompanyExpireDeviceList(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @WholeEnvelope
  @POST("open/renew/createCompanyRenewOrder")
  AmparkCall<JsonNode> createCompanyRenewOrder(@Body RequestBody json);

  @Idempotent(Idempotency.SAFE)
  @WholeEnvelope
  @GET("open/renew/getCompanyRenewStatus")
  AmparkCall<JsonNode> getCompanyRenewStatus(@QueryMap Map<String, String> query);
}
