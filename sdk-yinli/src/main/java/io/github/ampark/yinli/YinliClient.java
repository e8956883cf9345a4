package io.github.ampark.yinli;

import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.core.Checks;
import io.github.ampark.yinli.internal.YinliEnvelope;
import io.github.ampark.yinli.internal.YinliService;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.PushReceipt;
import java.util.concurrent.CompletableFuture;

/**
 * The Yinli (印力) merchant energy system ("印力商户用能系统"): push each meter's monthly reading
 * ({@code POST /openapi/device/synchronize}, "每月推送电表读数"), for one request or for a whole
 * mall's month in batches; any other Yinli or 畅洋 (Changyang) endpoint through {@link #raw()}.
 * Immutable and thread-safe; build one per host and credential and close it when your application
 * stops.
 *
 * <pre>{@code
 * try (YinliClient yinli = YinliClient.builder()
 *         .baseUrl("https://energy.example-yinli.cn/")    // required: Yinli publishes no host
 *         .authenticator(YinliAuthenticator.staticHeader("X-Access-Token", token))  // or your own
 *         .build()) {
 *   BatchReport report = yinli.meterReadingSync("MALL-001", "1.0")   // 200 readings per request
 *       .parallelism(4)
 *       .listener(p -> log.info("{} readings confirmed", p.recordsConfirmed()))
 *       .build()
 *       .run(readingRepository.streamMonth(YearMonth.of(2025, 4)));
 * }
 * }</pre>
 *
 * <p><b>What is known.</b> Only the 1.1 push has a published body (see {@link MeterReading}) and
 * the response envelope {@code {code, msg, success, data, error{…, errorDetail, traceId}}}.
 * UNKNOWN, and pluggable: the authentication ("0.1 通用请求方式": {@link YinliAuthenticator}), the
 * hosts ({@link Builder#baseUrl(String)} is required), units, formats and required flags of the
 * fields (see {@link MeterReading}), error codes, and every other endpoint ({@link #raw()}).
 *
 * <p><b>Errors.</b> {@code success == false} is an {@link io.github.ampark.core.ApiException} with
 * Yinli's {@code code}, its {@code msg} and {@code error.errorDetail} as the message and {@code
 * error.traceId} as {@code requestId()}. An HTTP error status (the vendor lists 401, 403, 404) is an
 * {@code ApiException} too. An answer without a readable {@code success} is a {@link
 * io.github.ampark.core.ResponseFormatException}.
 *
 * <p><b>Retries.</b> The push is UNSAFE: the reading is a monthly snapshot keyed by meter and
 * month, but Yinli does not say whether a second push replaces the first or is refused or counted
 * twice, so a push is never resent once it may have reached Yinli (only a request that certainly
 * never left — a refused connection — is retried). After a lost answer, {@link
 * io.github.ampark.core.batch.BatchException#failedBatchMayHaveBeenApplied()} tells you; ask Yinli
 * before pushing that batch again.
 */
public final class YinliClient implements AutoCloseable {
  static final String VENDOR = "yinli";

  /**
   * Readings per request in {@link #meterReadingSync}, unless set otherwise. Yinli publishes no
   * limit; 200 readings with every field set make a request of about 90 KB, within common gateway
   * body limits. A choice, not a vendor rule: change it with {@code batchSize(…)} once Yinli tells
   * you.
   */
  public static final int DEFAULT_SYNC_BATCH_SIZE = 200;

  private final ClientRuntime runtime;
  private final YinliService service;

  private YinliClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.service = runtime.create(YinliService.class);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Pushes one request of monthly meter readings ({@code POST openapi/device/synchronize}). Sent
   * once: never resent after it may have reached Yinli. For a whole mall's month, use {@link
   * #meterReadingSync}.
   *
   * @param batch the mall, version and readings
   * @return Yinli's answer
   * @throws io.github.ampark.core.ApiException if Yinli refused it
   * @throws io.github.ampark.core.TransportException if no complete answer arrived ({@code
   *     mayHaveReachedVendor()} says whether Yinli may have it)
   */
  public PushReceipt pushMeterReadings(MeterReadingBatch batch) {
    return receipt(service.pushMeterReadings(Checks.notNull("batch", batch)).execute());
  }

  /**
   * Pushes one request of monthly meter readings on OkHttp's dispatcher; see {@link
   * #pushMeterReadings}.
   *
   * @param batch the mall, version and readings
   * @return Yinli's answer, eventually
   */
  public CompletableFuture<PushReceipt> pushMeterReadingsAsync(MeterReadingBatch batch) {
    return service.pushMeterReadings(Checks.notNull("batch", batch)).executeAsync().thenApply(YinliClient::receipt);
  }

  /**
   * A batch job pushing any number of one mall's readings, {@value #DEFAULT_SYNC_BATCH_SIZE} per
   * request unless you set {@code batchSize(…)}, one request at a time unless you set {@code
   * parallelism(…)}. The input is read lazily; the first refused or failed request stops the job
   * with a {@link io.github.ampark.core.batch.BatchException} whose report tells where to {@code
   * resumeFrom(…)}. No request is resent automatically.
   *
   * <pre>{@code
   * try {
   *   yinli.meterReadingSync("MALL-001", "1.0").parallelism(4).build().run(readings);
   * } catch (BatchException e) {
   *   yinli.meterReadingSync("MALL-001", "1.0").resumeFrom(e.report()).build().run(readings);
   * }
   * }</pre>
   *
   * @param mallCode the mall's code, sent as {@code mallCode} in every request
   * @param version the {@code version} Yinli asks for, sent in every request
   * @return a builder for the job (see {@link BatchJob.Builder})
   * @throws ValidationException if {@code mallCode} or {@code version} is blank
   */
  public BatchJob.Builder<MeterReading> meterReadingSync(String mallCode, String version) {
    Checks.notBlank("mallCode", mallCode);
    Checks.notBlank("version", version);
    return BatchJob.<MeterReading>builder(VENDOR, "pushMeterReadings",
            (rows, batch) -> pushMeterReadingsAsync(MeterReadingBatch.of(mallCode, version, rows)))
        .batchSize(DEFAULT_SYNC_BATCH_SIZE);
  }

  /** Authenticated requests to paths without a typed method (the endpoints Yinli has not published). */
  public YinliRaw raw() {
    return new YinliRaw(runtime);
  }

  /** Ends this client and its connections, if it owns them. */
  @Override
  public void close() {
    runtime.close();
  }

  /** The base URL only: credentials are never printed. */
  @Override
  public String toString() {
    return "YinliClient{" + runtime.redactor().redactUrl(runtime.baseUrl()) + "}";
  }

  private static PushReceipt receipt(RawResponse r) {
    return PushReceipt.builder()
        .code(YinliEnvelope.text(r.envelope(), "code"))
        .message(YinliEnvelope.text(r.envelope(), "msg"))
        .data(r.data())
        .build();
  }

  /**
   * Builds a {@link YinliClient}. The base URL is required (no Yinli host is public); the
   * authenticator defaults to {@link YinliAuthenticator#none()}.
   *
   * <pre>{@code
   * YinliClient.builder().baseUrl(fake.url()).logLevel(LogLevel.BODY).build();
   * }</pre>
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private YinliAuthenticator authenticator = YinliAuthenticator.none();

    private Builder() {}

    /**
     * @param authenticator how requests are authenticated (default {@link YinliAuthenticator#none()})
     * @return this
     */
    public Builder authenticator(YinliAuthenticator authenticator) {
      this.authenticator = Checks.notNull("authenticator", authenticator);
      return this;
    }

    /**
     * @return the client
     * @throws ValidationException if no base URL was given
     */
    public YinliClient build() {
      ClientConfig config = coreConfig();
      if (config.baseUrl() == null) {
        throw new ValidationException("baseUrl", "is required: Yinli publishes no host; use the one Yinli gave you");
      }
      YinliAuthenticator auth = authenticator;
      VendorSpec.Builder spec = VendorSpec.builder(VENDOR)
          .defaultBaseUrl(config.baseUrl())
          .signer(auth::authenticate)
          .decoder(new YinliEnvelope())
          .sensitiveFields(auth.sensitiveNames().toArray(new String[0]));
      for (Secret s : auth.secrets()) {
        spec.secret(s.reveal());
      }
      return new YinliClient(ClientRuntime.create(config, spec.build()));
    }
  }
}
