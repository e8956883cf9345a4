package io.github.ampark.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of an Ampark call; implement it (usually by extending {@link
 * DefaultAmparkCallConvention}) to change them, and pass it to {@link
 * MicrometerListener.Builder#convention}.
 */
public interface AmparkCallConvention extends ObservationConvention<AmparkCallContext> {
  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof AmparkCallContext;
  }
}
