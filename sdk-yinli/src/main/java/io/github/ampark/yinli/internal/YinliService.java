package io.github.ampark.yinli.internal;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.yinli.model.MeterReadingBatch;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The Yinli endpoints with a published body, relative to the configured base URL. The monthly push
 * is UNSAFE: Yinli does not say whether a second push of the same meter and month replaces the
 * first or adds to it, so it is never resent once it may have arrived.
 */
public interface YinliService {
  @Idempotent(Idempotency.UNSAFE)
  @POST("openapi/device/synchronize")
  AmparkCall<RawResponse> pushMeterReadings(@Body MeterReadingBatch batch);
}
