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
   * {@code data.count}, the total number of log lines.
   *
   * @return {@code data.count}, the total number of log lines
   */
  public abstract long count();

  /**
   * {@code data.logs}: each line's fields ({@code timestamp} first).
   *
   * @return {@code data.logs}: each line's fields ({@code timestamp} first)
   */
  public abstract List<DataRecord> logs();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OnlineLogPage}. */
  public static final class Builder extends ImmutableOnlineLogPage.Builder {}
}
