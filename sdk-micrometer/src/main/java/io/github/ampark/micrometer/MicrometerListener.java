package io.github.ampark.micrometer;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.CallFinished;
import io.github.ampark.core.CallStarted;
import io.github.ampark.core.CallbackHandled;
import io.github.ampark.core.Checks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;

/**
 * Records every call of a client as a Micrometer {@link Observation} (a timer with the default
 * meter handler, a span with a tracing handler) and counts retries, reconciliations and callback
 * outcomes:
 *
 * <pre>{@code
 * MicrometerListener metrics = MicrometerListener.create(observationRegistry, meterRegistry);
 * WikeyunClient client = WikeyunClient.builder().credentials(appId, secret).listener(metrics).build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Name</th><th>Type</th><th>Tags</th></tr>
 *   <tr><td>{@value DefaultAmparkCallConvention#NAME}</td><td>observation (timer, span)</td>
 *       <td>see {@link DefaultAmparkCallConvention}</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter: retries of HTTP exchanges (attempts beyond the first)</td>
 *       <td>{@code ampark.vendor}, {@code ampark.operation}</td></tr>
 *   <tr><td>{@value #RECONCILIATIONS}</td><td>counter: keyed operations that had to ask the vendor</td>
 *       <td>{@code ampark.vendor}, {@code ampark.operation}, {@code ampark.reconciliation} ({@code found},
 *       {@code absent}, {@code unknown}), {@code ampark.resent}, {@code ampark.outcome}</td></tr>
 *   <tr><td>{@value #CALLBACKS}</td><td>counter: callback deliveries</td>
 *       <td>{@code ampark.vendor}, {@code ampark.callback.kind}, {@code ampark.callback.outcome} ({@code handled},
 *       {@code duplicate}, {@code busy}, {@code refused}, {@code failed}), {@code ampark.callback.verified}</td></tr>
 * </table>
 *
 * <p>Timers need a meter handler on the observation registry ({@code DefaultMeterObservationHandler},
 * which Spring Boot registers). An observation's parent is the observation current on the calling
 * thread when the call starts. Trace context is not sent to vendors: their signatures cover the
 * request and they ignore such headers. Thread-safe; one instance may serve every client.
 */
public final class MicrometerListener implements AmparkListener {
  /** Counter of retries. */
  public static final String RETRIES = "ampark.client.retries";
  /** Counter of reconciliations. */
  public static final String RECONCILIATIONS = "ampark.client.reconciliations";
  /** Counter of callback deliveries. */
  public static final String CALLBACKS = "ampark.callbacks";

  private static final DefaultAmparkCallConvention DEFAULT = new DefaultAmparkCallConvention();

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final AmparkCallConvention convention;

  private MicrometerListener(ObservationRegistry observations, MeterRegistry meters, AmparkCallConvention convention) {
    this.observations = observations;
    this.meters = meters;
    this.convention = convention;
  }

  /**
   * A listener with the {@link DefaultAmparkCallConvention}.
   *
   * @param observations where call observations go (timers, spans)
   * @param meters where the counters go
   * @return a listener with the {@link DefaultAmparkCallConvention}
   */
  public static MicrometerListener create(ObservationRegistry observations, MeterRegistry meters) {
    return builder(observations, meters).build();
  }

  /**
   * A builder.
   *
   * @param observations where call observations go (timers, spans)
   * @param meters where the counters go
   * @return a builder
   */
  public static Builder builder(ObservationRegistry observations, MeterRegistry meters) {
    return new Builder(Checks.notNull("observations", observations), Checks.notNull("meters", meters));
  }

  @Override
  public CallObserver callStarted(CallStarted call) {
    AmparkCallContext context = new AmparkCallContext(call);
    Observation observation =
        Observation.createNotStarted(convention == DEFAULT ? null : convention, DEFAULT, () -> context, observations)
            .start();
    return end -> {
      context.finished(end);
      if (end.error() != null) {
        observation.error(end.error());
      }
      observation.stop();
      count(end);
    };
  }

  private void count(CallFinished end) {
    CallStarted s = end.started();
    if (!s.keyed() && end.attempts() > 1) {
      Counter.builder(RETRIES)
          .description("Retries of Ampark HTTP exchanges (attempts beyond the first)")
          .tag("ampark.vendor", s.vendor())
          .tag("ampark.operation", s.operation())
          .register(meters)
          .increment(end.attempts() - 1);
    }
    if (end.reconciliation() != CallFinished.Reconciliation.NONE) {
      Counter.builder(RECONCILIATIONS)
          .description("Keyed Ampark operations that asked the vendor after an ambiguous failure")
          .tag("ampark.vendor", s.vendor())
          .tag("ampark.operation", s.operation())
          .tag("ampark.reconciliation", lower(end.reconciliation().name()))
          .tag("ampark.resent", Boolean.toString(end.resent()))
          .tag("ampark.outcome", lower(end.outcome().name()))
          .register(meters)
          .increment();
    }
  }

  @Override
  public void callbackHandled(CallbackHandled callback) {
    Counter.builder(CALLBACKS)
        .description("Vendor callback deliveries by outcome")
        .tag("ampark.vendor", callback.vendor())
        .tag("ampark.callback.kind", callback.kind())
        .tag("ampark.callback.outcome", lower(callback.outcome().name()))
        .tag("ampark.callback.verified", Boolean.toString(callback.verified()))
        .register(meters)
        .increment();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "MicrometerListener{" + convention.getClass().getSimpleName() + "}";
  }

  /** Builds a {@link MicrometerListener}. */
  public static final class Builder {
    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private AmparkCallConvention convention = DEFAULT;

    private Builder(ObservationRegistry observations, MeterRegistry meters) {
      this.observations = observations;
      this.meters = meters;
    }

    /**
     * Sets the names and tags of call observations (default {@link DefaultAmparkCallConvention}); a
     * convention registered on the observation registry still takes precedence, as usual.
     *
     * @param convention names and tags of call observations (default {@link DefaultAmparkCallConvention});
     *     a convention registered on the observation registry still takes precedence, as usual
     * @return this
     */
    public Builder convention(AmparkCallConvention convention) {
      this.convention = Checks.notNull("convention", convention);
      return this;
    }

    /**
     * Builds the listener; pass it to a client builder's {@code listener(...)}.
     *
     * @return the listener
     */
    public MicrometerListener build() {
      return new MicrometerListener(observations, meters, convention);
    }
  }
}
