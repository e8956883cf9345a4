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
   * The order number the entry is about, wire {@code outTradeNo}.
   *
   * @return the order number, or {@code null} when the entry lacks it
   */
  public abstract @Nullable String outTradeNo();

  /**
   * Whether the renewal was submitted to the card vendor, wire {@code renewState}, as received (its codes are
   * not published).
   *
   * @return the state as text, or {@code null} when the entry lacks it
   */
  public abstract @Nullable String renewState();

  /**
   * Every field of the entry as text (11 on the vendor's page), e.g. {@code qrCode}.
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
   * Builds a {@link RenewStatus} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableRenewStatus.Builder {}
}
