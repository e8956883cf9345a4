package io.github.ampark.fourpyun.model;

/**
 * Whether a VIP, VIP-renewal or blacklist sync replaces everything the platform holds or adds to
 * it.
 *
 * <pre>{@code
 * client.syncs().vipRenewals(SyncMode.FULL).build().run(allRenewals);
 * }</pre>
 */
public enum SyncMode {
  /**
   * The input is the park's whole stock: the first batch carries {@code complete=1}, which makes
   * the platform delete every record it holds before adding the batch; later batches add to it.
   */
  FULL,
  /** The input adds to (or updates) what the platform holds: no batch carries {@code complete=1}. */
  INCREMENTAL
}
