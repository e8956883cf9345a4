package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verified openapi push from P云 (form POST signed with the {@code &app_secret=} rule): a trade
 * notification, a fixed-vehicle renewal ({@code sync-recharge}), and so on. The fields differ per
 * push; read them from {@link #fields()}.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handleOpenApiPush(request, push -> {
 *   String plate = push.field("plate").orElse("");
 *   long paidFen = Long.parseLong(push.field("pay_value").orElse("0"));
 *   ...
 * });
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OpenApiPush {
  /**
   * The app id the push is for ({@code app_id}). {@code null} when P云 leaves it out.
   *
   * @return the app id the push is for, or {@code null}
   */
  public abstract @Nullable String appId();

  /**
   * The push's timestamp ({@code timestamp}, epoch milliseconds on the wire).
   * {@code null} when P云 leaves it out.
   *
   * @return the push's timestamp, or {@code null}
   */
  public abstract @Nullable Instant timestamp();

  /**
   * Every field as received, sorted by name, {@code sign} removed.
   *
   * @return every field as received, sorted by name, {@code sign} removed
   */
  public abstract Map<String, String> fields();

  /**
   * One field of the push as received, by its wire name.
   *
   * @param name field name
   * @return its value, or empty when the push has no field of that name
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields().get(name));
  }

  /**
   * Starts an empty {@code OpenApiPush} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link OpenApiPush}. */
  public static final class Builder extends ImmutableOpenApiPush.Builder {}
}
