package io.github.ampark.yinli.internal;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import io.github.ampark.yinli.model.MallInfo;
import io.github.ampark.yinli.model.MeterInfo;
import java.util.List;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * Yinli's 1.x endpoints ("印力资管系统提供"), relative to the base URL. The monthly push and the
 * template message are UNSAFE: Yinli does not say whether a second one replaces, is refused or
 * counts twice, so neither is resent once it may have arrived.
 */
public interface AssetsService {
  @Idempotent(Idempotency.UNSAFE)
  @POST("openapi/device/synchronize")
  AmparkCall<RawResponse> pushMeterReadings(@Body RequestBody batch);

  @Idempotent(Idempotency.SAFE)
  @POST("openapi/device/selectEleDevice")
  AmparkCall<List<MeterInfo>> meterInfo(@Body RequestBody query);

  @Idempotent(Idempotency.SAFE)
  @POST("ipmp-cloud/basedata/v1/openapi/bsMall/getMallsBaseInfo")
  AmparkCall<List<MallInfo>> mallInfo(@Body RequestBody query);

  @Idempotent(Idempotency.UNSAFE)
  @POST("openapi/message/send/template")
  AmparkCall<RawResponse> sendTemplateMessage(@Body RequestBody message);
}
