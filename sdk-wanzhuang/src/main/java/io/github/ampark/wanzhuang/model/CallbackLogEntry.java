package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One line of {@code GET /open/callback/log}: the latest start-charge and end-order callbacks of a
 * charge. {@link #request()} holds the callback's exact parameters ({@code req}), to replay a
 * callback your endpoint missed.
 *
 * <pre>{@code
 * for (CallbackLogEntry e : client.charging().callbackLog(ChargeIdRequest.of(id))) {
 *   e.request().get("charge_id");
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class CallbackLogEntry {
  CallbackLogEntry() {}

  /**
   * The charge this entry is about, your {@code charge_id}, read from the entry's top level or from inside
   * {@code req}.
   *
   * @return the charge id, or {@code null} when neither carries a numeric {@code charge_id}
   */
  public abstract @Nullable Long chargeId();

  /**
   * The callback's exact parameters ({@code req}), parsed from a JSON object, JSON text or form text; use
   * them to replay a callback your endpoint missed.
   *
   * @return the parameters by name; empty when the entry has no readable {@code req}
   */
  public abstract Map<String, String> request();

  /**
   * Every field of the entry as text (the vendor's page lists 11, not all names readable), nested values as
   * compact JSON.
   *
   * @return the fields by name, in the order received
   */
  public abstract Map<String, String> fields();

  /**
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CallbackLogEntry} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableCallbackLogEntry.Builder {}
}
