/**
 * Sending many records in batches, in order or in parallel, with progress, a report and a resume
 * point: {@link io.github.ampark.core.batch.BatchJob}. Vendor modules' sync helpers return its
 * builder.
 */
package io.github.ampark.core.batch;
