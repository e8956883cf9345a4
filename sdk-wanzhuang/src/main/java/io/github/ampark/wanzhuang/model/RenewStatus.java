package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of {@code GET /open/renew/getCompanyRenewStatus} ({@code data[]}, 11 fields on the
 * vendor's page). {@code renewState} tells whether the renewal was submitted to the card vendor;
 * its codes are not published, so it is kept as text.
 */
@Value.Immutable
@AmparkStyle
public abstract class RenewStatus {
  RenewStatus() {}

  /**
   * {@code outTradeNo}, or {@code null}.
   *
   * @return {@code outTradeNo}, or {@code null} when absent
   */
  public abstract @Nullable String outTradeNo();

  /**
   * {@code renewState} as received, or {@code null}.
   *
   * @return {@code renewState} as received, or {@code null} when absent
   */
  public abstract @Nullable String renewState();

  /**
   * Every field as text.
   *
   * @return every field as text
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

  /** Builds a {@link RenewStatus}. */
  public static final class Builder extends ImmutableRenewStatus.Builder {}
}
