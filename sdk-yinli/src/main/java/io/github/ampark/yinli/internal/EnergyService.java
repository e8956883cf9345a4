package io.github.ampark.yinli.internal;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.Usage;
import java.util.List;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The energy system's 2.x endpoints ("畅洋系统提供"), always sealed with the 0.1 codec. The top-up
 * is keyed on {@code payNo}; the balance adjustment is UNSAFE (no key, never resent). Bodies are
 * written by {@link Writers}.
 */
public interface EnergyService {
  @Idempotent(Idempotency.SAFE)
  @POST("deviceInfo")
  AmparkCall<DeviceInfo> deviceInfo(@Body RequestBody query);

  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @POST("payElec")
  AmparkCall<RawResponse> payElec(@Body RequestBody topUp);

  @Idempotent(Idempotency.SAFE)
  @POST("useData")
  AmparkCall<List<Usage>> usage(@Body RequestBody query);

  @Idempotent(Idempotency.UNSAFE)
  @POST("adjust")
  AmparkCall<AdjustResult> adjust(@Body RequestBody adjustment);

  @Idempotent(Idempotency.SAFE)
  @POST("readRt")
  AmparkCall<MeterDataPage> meterData(@Body RequestBody query);
}
