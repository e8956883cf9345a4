package io.github.ampark.bolink.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * Bolink's verdict on an entering car ({@code park_check}): {@code status} and {@code data} as
 * received — their values are not published.
 *
 * <pre>{@code
 * ParkCheckResult r = client.parkCheck(check);
 * log.info("entry check: status={} {}", r.status(), r.message());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkCheckResult {
  /** {@code status} as received, or {@code null}. */
  public abstract @Nullable String status();

  /** {@code errmsg}, or {@code null}. */
  public abstract @Nullable String message();

  /** The whole response as received. */
  @Value.Auxiliary
  public abstract JsonNode envelope();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkCheckResult}. */
  public static final class Builder extends ImmutableParkCheckResult.Builder {}
}
