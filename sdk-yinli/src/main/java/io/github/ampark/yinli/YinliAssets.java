package io.github.ampark.yinli;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.yinli.internal.AssetsService;
import io.github.ampark.yinli.internal.Writers;
import io.github.ampark.yinli.internal.YinliEnvelope;
import io.github.ampark.yinli.model.MallInfo;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MeterInfo;
import io.github.ampark.yinli.model.MeterInfoQuery;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.PushReceipt;
import io.github.ampark.yinli.model.TemplateMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Yinli's 1.x endpoints ("印力资管系统提供"), called by the energy system: 1.1 monthly meter
 * readings (one request, or a whole month through the batch helper), 1.3 meter info, 1.4 mall
 * info, 1.5 template messages. Sealed or plain JSON as the client was built.
 *
 * <pre>{@code
 * List<MeterInfo> meters = yinli.assets().meterInfo(MeterInfoQuery.builder().mallCode("MALL-001").build());
 * BatchReport month = yinli.assets().meterReadingSync("MALL-001", "1.0").parallelism(4).build().run(readings);
 * }</pre>
 *
 * <p>The push and the message are UNSAFE: never resent once they may have reached Yinli (a lost
 * answer is a {@link io.github.ampark.core.TransportException} with {@code mayHaveReachedVendor()}).
 * The queries are SAFE and retried.
 */
public final class YinliAssets {
  /**
   * Readings per request in {@link #meterReadingSync}, unless set otherwise (a choice: Yinli
   * publishes no limit; 200 full readings make about 90 KB).
   */
  public static final int DEFAULT_SYNC_BATCH_SIZE = 200;

  private final AssetsService service;

  YinliAssets(AssetsService service) {
    this.service = service;
  }

  /**
   * Pushes one mall's monthly meter readings to Yinli in one request (1.1 每月推送电表读数, {@code POST
   * openapi/device/synchronize}); sent once, never resent once it may have arrived. For more readings
   * than one request should carry, use {@link #meterReadingSync}.
   *
   * @param batch the mall, version and readings
   * @return Yinli's code and message
   * @throws io.github.ampark.core.ApiException when Yinli answers a failure code
   */
  public PushReceipt pushMeterReadings(MeterReadingBatch batch) {
    return receipt(service.pushMeterReadings(Writers.body(Checks.notNull("batch", batch))).execute());
  }

  /**
   * Like {@link #pushMeterReadings}, without blocking the calling thread: the future completes with the
   * same result, or fails with the same exception.
   *
   * @param batch the readings
   * @return Yinli's code and message, eventually
   */
  public CompletableFuture<PushReceipt> pushMeterReadingsAsync(MeterReadingBatch batch) {
    return service.pushMeterReadings(Writers.body(Checks.notNull("batch", batch))).executeAsync().thenApply(YinliAssets::receipt);
  }

  /**
   * A batch job pushing any number of one mall's readings, {@value #DEFAULT_SYNC_BATCH_SIZE} per
   * request unless you set {@code batchSize(…)}. The first refused or failed request stops the job
   * with a {@link io.github.ampark.core.batch.BatchException} whose report tells where to resume.
   *
   * @param mallCode sent as {@code mallCode} in every request
   * @param version sent as {@code version} in every request
   * @return core's job builder
   * @throws ValidationException if either is blank
   */
  public BatchJob.Builder<MeterReading> meterReadingSync(String mallCode, String version) {
    Checks.notBlank("mallCode", mallCode);
    Checks.notBlank("version", version);
    return BatchJob.<MeterReading>builder(YinliClient.VENDOR, "pushMeterReadings",
            (rows, batch) -> pushMeterReadingsAsync(MeterReadingBatch.of(mallCode, version, rows)))
        .batchSize(DEFAULT_SYNC_BATCH_SIZE);
  }

  /**
   * Asks Yinli for meters' contract information (1.3 电表信息查询, {@code POST
   * openapi/device/selectEleDevice}); a query, so retried on I/O errors.
   *
   * @param query the mall, the meters and optionally a period
   * @return one entry per meter found, possibly empty
   * @throws io.github.ampark.core.ApiException when Yinli answers a failure code
   */
  public List<MeterInfo> meterInfo(MeterInfoQuery query) {
    return service.meterInfo(Writers.body(Checks.notNull("query", query))).execute();
  }

  /**
   * Like {@link #meterInfo}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param query the mall and meters
   * @return the meters, eventually
   */
  public CompletableFuture<List<MeterInfo>> meterInfoAsync(MeterInfoQuery query) {
    return service.meterInfo(Writers.body(Checks.notNull("query", query))).executeAsync();
  }

  /**
   * Asks Yinli for malls' base information (1.4 商场信息查询, {@code POST
   * ipmp-cloud/basedata/v1/openapi/bsMall/getMallsBaseInfo}); a query, so retried on I/O errors.
   *
   * @param query an area, a mall or an organisation (each optional)
   * @return the malls, possibly empty
   * @throws io.github.ampark.core.ApiException when Yinli answers a failure code
   */
  public List<MallInfo> mallInfo(MallInfoQuery query) {
    return service.mallInfo(Writers.body(Checks.notNull("query", query))).execute();
  }

  /**
   * Like {@link #mallInfo}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param query area, mall or organisation
   * @return the malls, eventually
   */
  public CompletableFuture<List<MallInfo>> mallInfoAsync(MallInfoQuery query) {
    return service.mallInfo(Writers.body(Checks.notNull("query", query))).executeAsync();
  }

  /**
   * Sends a template message through Yinli (1.5 模板消息推送, {@code POST openapi/message/send/template});
   * sent once, never resent once it may have arrived.
   *
   * @param message the theme, parameters, channels and recipients
   * @return Yinli's code and message
   * @throws io.github.ampark.core.ApiException when Yinli answers a failure code
   */
  public PushReceipt sendTemplateMessage(TemplateMessage message) {
    return receipt(service.sendTemplateMessage(Writers.body(Checks.notNull("message", message))).execute());
  }

  /**
   * Like {@link #sendTemplateMessage}, without blocking the calling thread: the future completes with the
   * same result, or fails with the same exception.
   *
   * @param message the template message
   * @return Yinli's code and message, eventually
   */
  public CompletableFuture<PushReceipt> sendTemplateMessageAsync(TemplateMessage message) {
    return service.sendTemplateMessage(Writers.body(Checks.notNull("message", message))).executeAsync().thenApply(YinliAssets::receipt);
  }

  private static PushReceipt receipt(RawResponse r) {
    return PushReceipt.builder()
        .code(YinliEnvelope.text(r.envelope(), "code"))
        .message(YinliEnvelope.text(r.envelope(), "msg"))
        .build();
  }
}
