package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One request of a VIP, VIP-renewal or blacklist sync: up to a few hundred rows and the
 * {@code complete} flag. Most callers use {@code client.syncs().vips(SyncMode)} and friends, which cut any
 * number of records into batches; use this type to send one batch yourself.
 *
 * <p>{@code complete=1} makes P云 <b>delete everything it holds</b> before adding the rows: set it
 * only on the first batch of the park's whole stock.
 *
 * <pre>{@code
 * client.syncs().sendVipRenewals(SyncBatch.of(renewals));        // adds, complete=0
 * client.syncs().sendVips(SyncBatch.<Vip>builder().complete(true).addAllRows(firstBatch).build());
 * }</pre>
 *
 * @param <T> the row type: {@link Vip}, {@link VipRenewal} or {@link BlacklistEntry}
 */
@Value.Immutable
@AmparkStyle
public abstract class SyncBatch<T> {
  /**
   * Park UUID; {@code null} for the client's default.
   *
   * @return park UUID
   */
  public abstract @Nullable String parkUuid();

  /**
   * Whether P云 deletes all it holds first ({@code complete=1}). Default {@code false}.
   *
   * @return whether P云 deletes all it holds first
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /**
   * The rows (at least one); {@code rows} on the wire.
   *
   * @return the rows (at least one)
   */
  public abstract List<T> rows();

  @Value.Check
  void check() {
    ModelChecks.optionalNotBlank("parkUuid", parkUuid());
    if (rows().isEmpty()) {
      throw new ValidationException("rows", "must not be empty");
    }
  }

  /**
   * An incremental batch ({@code complete=0}) for the client's default park.
   *
   * @param rows the rows
   * @param <T> row type
   * @return the batch
   */
  public static <T> SyncBatch<T> of(Iterable<? extends T> rows) {
    return SyncBatch.<T>builder().addAllRows(rows).build();
  }

  /**
   * Starts an empty {@code SyncBatch} builder.
   *
   * @param <T> row type
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builder for {@link SyncBatch}.
   *
   * @param <T> row type
   */
  public static final class Builder<T> extends ImmutableSyncBatch.Builder<T> {}
}
