package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Bolink's verdict on an entering car ({@code park_check}): {@code status} and {@code errmsg} as
 * received — their values are not published.
 *
 * <pre>{@code
 * ParkCheckResult r = client.parks().parkCheck(check); log.info("{} {}", r.status(), r.message());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkCheckResult {
  /**
   * {@code status} as received, or {@code null}.
   *
   * @return {@code status} as received, or {@code null}
   */
  public abstract @Nullable String status();

  /**
   * The note ({@code errmsg}), or {@code null}.
   *
   * @return the note, or {@code null}
   */
  public abstract @Nullable String message();

  /**
   * Every member of the answer as text (scalars as written, objects and lists as their JSON text).
   *
   * @return every member of the answer as text (scalars as written, objects and lists as their JSON
   *     text)
   */
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code ParkCheckResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkCheckResult}. */
  public static final class Builder extends ImmutableParkCheckResult.Builder {}
}
