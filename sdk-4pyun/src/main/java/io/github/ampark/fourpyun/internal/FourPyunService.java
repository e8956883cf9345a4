package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import io.github.ampark.fourpyun.model.PaymentStatusResult;
import io.github.ampark.fourpyun.model.PreEnterResult;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.Receipt;
import java.util.Map;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.QueryMap;

/**
 * The 4pyun park-side endpoints, relative to {@code …/gate/1.0/}. Idempotency classes (see the
 * client's Javadoc for the reasoning): entries, exits, releases and updates are SAFE because P云
 * ignores a repeated {@code parking_serial} / {@code flow_no}; the contactless charge is keyed by
 * {@code pay_partner} and reconciled; syncs, coupon reports and charging records are UNSAFE.
 */
public interface FourPyunService {
  @Idempotent(Idempotency.SAFE)
  @SuccessCodes({"200", "1000", "1001"})
  @IgnoredOnHint
  @POST("parking/internal/enter")
  AmparkCall<Receipt> enter(@Body RequestBody multipart);

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes({"1001", "1002"})
  @FormUrlEncoded
  @POST("parking/internal/enter/before")
  AmparkCall<PreEnterResult> preEnter(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes({"200", "1000", "1001"})
  @IgnoredOnHint
  @POST("parking/internal/leave")
  AmparkCall<Receipt> leave(@Body RequestBody multipart);

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes({"1001", "200"})
  @IgnoredOnHint
  @FormUrlEncoded
  @POST("parking/internal/release")
  AmparkCall<Receipt> release(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes("1001")
  @FormUrlEncoded
  @POST("parking/internal/update")
  AmparkCall<Receipt> update(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @SuccessCodes({"1000", "1001"})
  @FormUrlEncoded
  @POST("parking/internal/prepay")
  AmparkCall<PrepayResult> prepay(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes("1001")
  @GET("parking/internal/payment")
  AmparkCall<PaymentStatusResult> paymentStatus(@QueryMap Map<String, String> query);

  @Idempotent(Idempotency.UNSAFE)
  @SuccessCodes("1001")
  @FormUrlEncoded
  @POST("parking/internal/mcoupon/grant/sync")
  AmparkCall<Receipt> syncMerchantCouponGrant(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.UNSAFE)
  @SuccessCodes("1001")
  @POST("parking/internal/vip")
  AmparkCall<Receipt> syncVips(@Body RequestBody body); // Requests#vips: the serialised SyncBody

  @Idempotent(Idempotency.UNSAFE)
  @SuccessCodes("1001")
  @POST("parking/internal/vip/recharge")
  AmparkCall<Receipt> syncVipRenewals(@Body RequestBody body); // Requests#vipRenewals: the serialised SyncBody

  @Idempotent(Idempotency.UNSAFE)
  @SuccessCodes("1001")
  @POST("parking/internal/blacklist")
  AmparkCall<Receipt> syncBlacklist(@Body RequestBody body); // Requests#blacklist: the serialised SyncBody

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes("1001")
  @FormUrlEncoded
  @POST("energy/internal/replenish")
  AmparkCall<Receipt> replenish(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.SAFE)
  @SuccessCodes("1001")
  @POST("energy/internal/device/sync")
  AmparkCall<Receipt> syncEnergyDevices(@Body Map<String, Object> body);

  @Idempotent(Idempotency.UNSAFE)
  @SuccessCodes("1001")
  @POST("energy/internal/replenish/sync")
  AmparkCall<Receipt> syncReplenishments(@Body Map<String, Object> body);
}
