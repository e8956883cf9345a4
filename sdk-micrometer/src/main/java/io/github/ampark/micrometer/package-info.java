/**
 * Micrometer bridge for Ampark: {@link io.github.ampark.micrometer.MicrometerListener}, an {@link
 * io.github.ampark.core.AmparkListener} that records each call as an observation named {@value
 * io.github.ampark.micrometer.DefaultAmparkCallConvention#NAME} (timers and traces, low-cardinality
 * tags only, OpenTelemetry HTTP client names where they apply) and counts retries,
 * reconciliations and callback outcomes. See {@code docs/observability.md}.
 */
package io.github.ampark.micrometer;
