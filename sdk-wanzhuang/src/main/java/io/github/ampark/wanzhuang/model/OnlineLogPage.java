package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A page of a device's online log ({@code data.count} and {@code data.logs[]}).
 *
 * <pre>{@code
 * OnlineLogPage p = client.devices().onlineLog(OnlineLogRequest.of("18000001", 1, 20));
 * p.logs().get(0).number("timestamp");
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OnlineLogPage {
  OnlineLogPage() {}

  /**
   * The total number of log lines across all pages, wire {@code data.count}.
   *
   * @return the total count
   */
  public abstract long count();

  /**
   * This page's log lines, wire {@code data.logs}: each line's fields as text ({@code timestamp} first).
   *
   * @return the lines, possibly empty
   */
  public abstract List<DataRecord> logs();

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
   * Builds an {@link OnlineLogPage} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableOnlineLogPage.Builder {}
}
