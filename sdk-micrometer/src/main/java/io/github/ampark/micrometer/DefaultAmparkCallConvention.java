package io.github.ampark.micrometer;

import io.github.ampark.core.CallFinished;
import io.github.ampark.core.CallStarted;
import io.micrometer.common.KeyValues;
import java.util.Locale;

/**
 * The observation {@value #NAME} of every Ampark call, tagged with low-cardinality values only
 * (each key always present, {@code none} when it does not apply, so every meter of the name has the
 * same tag keys):
 *
 * <table>
 *   <caption>Low cardinality: metric tags and span attributes</caption>
 *   <tr><th>Key</th><th>Value</th></tr>
 *   <tr><td>{@code ampark.vendor}</td><td>{@code wikeyun}, {@code 4pyun}, …</td></tr>
 *   <tr><td>{@code ampark.operation}</td><td>{@code pushOrder}, {@code queryOrder}, …</td></tr>
 *   <tr><td>{@code ampark.idempotency}</td><td>{@code safe}, {@code unsafe}, {@code by_business_key}</td></tr>
 *   <tr><td>{@code ampark.keyed}</td><td>{@code true} for a whole keyed operation, {@code false} for one HTTP exchange</td></tr>
 *   <tr><td>{@code ampark.outcome}</td><td>{@code success}, {@code api_error}, {@code transport}, {@code format},
 *       {@code validation}, {@code outcome_unknown}, {@code other}</td></tr>
 *   <tr><td>{@code ampark.reconciliation}</td><td>{@code none}, {@code found}, {@code absent}, {@code unknown}</td></tr>
 *   <tr><td>{@code http.request.method}</td><td>{@code GET}, {@code POST}, …; {@code none} for a keyed operation</td></tr>
 *   <tr><td>{@code http.response.status_code}</td><td>{@code 200}, {@code 503}, …; {@code none} without an answer</td></tr>
 *   <tr><td>{@code server.address}, {@code server.port}</td><td>the vendor host and port</td></tr>
 *   <tr><td>{@code error.type}</td><td>the exception's class name, {@code none} on success</td></tr>
 * </table>
 *
 * <p>High cardinality (span attributes only, never metric tags): {@code ampark.request_id} (Ampark's
 * id of the call, as in the MDC), {@code ampark.vendor_code}, {@code ampark.vendor_request_id},
 * {@code ampark.attempts}. The HTTP names follow the OpenTelemetry HTTP client semantic conventions.
 * No order number, business key, amount or body is ever a tag.
 */
public class DefaultAmparkCallConvention implements AmparkCallConvention {
  /** The observation (and timer) name. */
  public static final String NAME = "ampark.client.calls";
  /** The value of a key that does not apply. */
  public static final String NONE = "none";

  /** For subclasses and {@link MicrometerListener}. */
  public DefaultAmparkCallConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  /** {@code "<vendor> <operation>"}, e.g. {@code wikeyun pushOrder}. */
  @Override
  public String getContextualName(AmparkCallContext context) {
    return context.started().vendor() + " " + context.started().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(AmparkCallContext context) {
    CallStarted s = context.started();
    CallFinished f = context.finished();
    return KeyValues.of(
        "ampark.vendor", s.vendor(),
        "ampark.operation", s.operation(),
        "ampark.idempotency", lower(s.idempotency().name()),
        "ampark.keyed", Boolean.toString(s.keyed()),
        "ampark.outcome", f == null ? NONE : lower(f.outcome().name()),
        "ampark.reconciliation", f == null ? NONE : lower(f.reconciliation().name()),
        "http.request.method", s.httpMethod() == null ? NONE : s.httpMethod(),
        "http.response.status_code", f == null || f.httpStatus() == 0 ? NONE : Integer.toString(f.httpStatus()),
        "server.address", s.serverAddress(),
        "server.port", Integer.toString(s.serverPort()),
        "error.type", f == null || f.error() == null ? NONE : f.error().getClass().getName());
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(AmparkCallContext context) {
    CallFinished f = context.finished();
    KeyValues values = KeyValues.of("ampark.request_id", context.started().requestId());
    if (f == null) {
      return values;
    }
    values = values.and("ampark.attempts", Integer.toString(f.attempts()));
    if (f.vendorCode() != null) {
      values = values.and("ampark.vendor_code", f.vendorCode());
    }
    if (f.vendorRequestId() != null) {
      values = values.and("ampark.vendor_request_id", f.vendorRequestId());
    }
    return values;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
