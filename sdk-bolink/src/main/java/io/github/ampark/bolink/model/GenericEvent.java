package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A verified callback of a service this SDK has no type for (5.2, 5.4–5.6, 5.9–5.12, 6.4, …): read
 * {@link #serviceName()} and {@link #fields()}. Treated as a notification: duplicates are filtered.
 *
 * <pre>{@code
 * public BolinkReply onOther(GenericEvent e) { if ("refund_result".equals(e.serviceName())) { ... } return BolinkReply.success("ok"); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class GenericEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code GenericEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GenericEvent}. */
  public static final class Builder extends ImmutableGenericEvent.Builder {}
}
