/**
 * Batches for users: {@link io.github.ampark.core.batch.BatchJob} sends any number of records to a
 * vendor in batches — lazily, with bounded memory, optionally in parallel, with an exclusive first
 * batch for a "replace everything" request — and stops at the first failure with a {@link
 * io.github.ampark.core.batch.BatchReport} to resume from. Vendor clients hand out pre-configured
 * {@link io.github.ampark.core.batch.BatchJob.Builder builders} (4pyun's {@code
 * syncs().vipRenewals(SyncMode.FULL)}, Yinli's meter-reading sync); no vendor mirrors these types.
 *
 * <pre>{@code
 * BatchReport report = client.syncs().vipRenewals(SyncMode.FULL).parallelism(4).build().run(renewals);
 * }</pre>
 */
package io.github.ampark.core.batch;
