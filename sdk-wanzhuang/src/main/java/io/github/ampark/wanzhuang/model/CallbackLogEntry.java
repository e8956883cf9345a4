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
   * The {@code charge_id} the entry names (top level or inside {@code req}), or {@code null}.
   *
   * @return the {@code charge_id} the entry names (top level or inside {@code req}), or {@code null} when absent
   */
  public abstract @Nullable Long chargeId();

  /**
   * {@code req}: the callback's parameters (parsed from an object, JSON text or form text), or empty.
   *
   * @return {@code req}: the callback's parameters (parsed from an object, JSON text or form text), or empty
   */
  public abstract Map<String, String> request();

  /**
   * Every field of the entry as text (11 on the vendor's page, names not all readable).
   *
   * @return every field of the entry as text (11 on the vendor's page, names not all readable)
   */
  public abstract Map<String, String> fields();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallbackLogEntry}. */
  public static final class Builder extends ImmutableCallbackLogEntry.Builder {}
}
