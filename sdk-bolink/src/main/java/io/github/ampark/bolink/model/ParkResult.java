package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of 2.1 / 2.2: {@code park_id, state, errmsg, username}.
 *
 * <pre>{@code
 * ParkResult r = client.parks().addPark(park); log.info("{} {}", r.parkId(), r.username());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkResult {
  /**
   * The car park's id ({@code park_id}), or {@code null}.
   *
   * @return the car park's id, or {@code null}
   */
  public abstract @Nullable String parkId();

  /**
   * {@code username}, or {@code null}.
   *
   * @return {@code username}, or {@code null}
   */
  public abstract @Nullable String username();

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
   * Starts an empty {@code ParkResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkResult}. */
  public static final class Builder extends ImmutableParkResult.Builder {}
}
