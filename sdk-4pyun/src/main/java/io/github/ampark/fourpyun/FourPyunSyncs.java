package io.github.ampark.fourpyun;

import io.github.ampark.core.Checks;
import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.batch.BatchSender;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.fourpyun.internal.FourPyunService;
import io.github.ampark.fourpyun.internal.Requests;
import io.github.ampark.fourpyun.model.BlacklistEntry;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.Vip;
import io.github.ampark.fourpyun.model.VipRenewal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The fixed-vehicle (VIP), card-renewal and blacklist syncs ({@code parking/internal/vip}, {@code
 * …/vip/recharge}, {@code …/blacklist}; JSON signed into {@code Authorization}). Get it from {@link
 * FourPyunClient#syncs()}. All are UNSAFE: {@code complete=1} deletes everything P云 holds, and
 * whether P云 de-duplicates renewal rows is not documented, so a batch is sent once (only a request
 * that never left is retried).
 *
 * <p>For any number of records use the batch helpers, which return core's {@link BatchJob}
 * builder, pre-configured for P云:
 *
 * <pre>{@code
 * BatchReport report = pp.syncs().vipRenewals(SyncMode.FULL)   // first batch alone, complete=1
 *     .batchSize(500)                                          // default 500; P云 publishes no limit
 *     .parallelism(4)                                          // after the complete=1 batch is confirmed
 *     .listener(p -> bar.show(p.recordsConfirmed()))
 *     .build()
 *     .run(renewalRepository.streamAll());
 * }</pre>
 *
 * <p>{@link SyncMode#FULL}: the first batch carries {@code complete=1}, travels alone and must be
 * confirmed before any other is sent; an empty input is refused (it would delete everything P云
 * holds); a resumed run sends {@code complete=1} again only if it was never confirmed. {@link
 * SyncMode#INCREMENTAL}: every batch carries {@code complete=0}. A report resumes only the job (and
 * mode) that wrote it. Everything else — laziness, bounded memory, parallelism up to {@link
 * BatchJob#MAX_PARALLELISM}, stop at the first failure, {@link io.github.ampark.core.batch.BatchException}
 * with the report — is core's {@link BatchJob}.
 */
public final class FourPyunSyncs {
  /** Records per batch unless set otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private static final String EMPTY_FULL_SYNC =
      "a FULL sync of no records would delete every record P云 holds; nothing was sent";

  private final FourPyunService service;
  private final Requests requests;

  FourPyunSyncs(FourPyunService service, Requests requests) {
    this.service = service;
    this.requests = requests;
  }

  /**
   * Any number of fixed vehicles for the default park, in batches.
   *
   * @param mode {@link SyncMode#FULL} (the park's whole stock; replaces what P云 holds) or {@link
   *     SyncMode#INCREMENTAL}
   * @return core's job builder (batches of {@value #DEFAULT_BATCH_SIZE}, {@value
   *     BatchJob#DEFAULT_PARALLELISM} in flight; in FULL mode only after the {@code complete=1} batch
   *     is confirmed)
   */
  public BatchJob.Builder<Vip> vips(SyncMode mode) {
    return job("syncVips", mode, this::prepareVips);
  }

  /**
   * Any number of card renewals for the default park, in batches.
   *
   * @param mode full or incremental
   * @return core's job builder
   */
  public BatchJob.Builder<VipRenewal> vipRenewals(SyncMode mode) {
    return job("syncVipRenewals", mode, this::prepareVipRenewals);
  }

  /**
   * Any number of blacklist entries for the default park, in batches.
   *
   * @param mode full or incremental
   * @return core's job builder
   */
  public BatchJob.Builder<BlacklistEntry> blacklist(SyncMode mode) {
    return job("syncBlacklist", mode, this::prepareBlacklist);
  }

  /**
   * A job whose batches are serialised by {@code call} (the body is built with the call) and sent
   * by {@code executeAsync}: in FULL mode the batches after {@code complete=1} are serialised
   * while it travels.
   */
  private static <T> BatchJob.Builder<T> job(
      String operation, SyncMode mode, Function<SyncBatch<T>, AmparkCall<Receipt>> call) {
    Checks.notNull("mode", mode);
    BatchSender<T> sender = new BatchSender<T>() {
      @Override
      public CompletableFuture<?> send(List<T> rows, io.github.ampark.core.batch.Batch batch) {
        return prepare(rows, batch).send();
      }

      @Override
      public Prepared prepare(List<T> rows, io.github.ampark.core.batch.Batch batch) {
        return call.apply(SyncBatch.<T>builder().complete(batch.exclusive()).addAllRows(rows).build())::executeAsync;
      }
    };
    BatchJob.Builder<T> b = BatchJob.builder(FourPyunClient.VENDOR, operation, sender).batchSize(DEFAULT_BATCH_SIZE);
    return mode == SyncMode.FULL ? b.exclusiveFirstBatch("complete=1").refuseEmptyInput(EMPTY_FULL_SYNC) : b;
  }

  /**
   * Sends one batch of fixed vehicles ({@code POST parking/internal/vip}).
   *
   * @param batch rows and the {@code complete} flag
   * @return P云's receipt
   */
  public Receipt sendVips(SyncBatch<Vip> batch) {
    return prepareVips(batch).execute();
  }

  /**
   * Does the same as {@link #sendVips(SyncBatch)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param batch rows and flag
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> sendVipsAsync(SyncBatch<Vip> batch) {
    return prepareVips(batch).executeAsync();
  }

  /**
   * Sends one batch of card renewals ({@code POST parking/internal/vip/recharge}).
   *
   * @param batch rows and the {@code complete} flag
   * @return P云's receipt
   */
  public Receipt sendVipRenewals(SyncBatch<VipRenewal> batch) {
    return prepareVipRenewals(batch).execute();
  }

  /**
   * Does the same as {@link #sendVipRenewals(SyncBatch)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param batch rows and flag
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> sendVipRenewalsAsync(SyncBatch<VipRenewal> batch) {
    return prepareVipRenewals(batch).executeAsync();
  }

  /**
   * Sends one batch of blacklist entries ({@code POST parking/internal/blacklist}).
   *
   * @param batch rows and the {@code complete} flag
   * @return P云's receipt
   */
  public Receipt sendBlacklist(SyncBatch<BlacklistEntry> batch) {
    return prepareBlacklist(batch).execute();
  }

  /**
   * Does the same as {@link #sendBlacklist(SyncBatch)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param batch rows and flag
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> sendBlacklistAsync(SyncBatch<BlacklistEntry> batch) {
    return prepareBlacklist(batch).executeAsync();
  }

  /** The one place each sync's call is built: its body serialised, nothing sent. */
  private AmparkCall<Receipt> prepareVips(SyncBatch<Vip> batch) {
    return service.syncVips(requests.vips(batch));
  }

  private AmparkCall<Receipt> prepareVipRenewals(SyncBatch<VipRenewal> batch) {
    return service.syncVipRenewals(requests.vipRenewals(batch));
  }

  private AmparkCall<Receipt> prepareBlacklist(SyncBatch<BlacklistEntry> batch) {
    return service.syncBlacklist(requests.blacklist(batch));
  }
}
