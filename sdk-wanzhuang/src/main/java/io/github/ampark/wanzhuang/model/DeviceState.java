package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A device's state ({@code /open/device/state}, one entry of {@code state/list}). The answer's
 * layout is not published past the field list; the client reads ports from a {@code ports} array, a
 * {@code data} array of port objects, or an object keyed by port number, and reports in {@link
 * #portsRecognised()} whether it found any of these layouts. Everything else stays in {@link #fields()}.
 *
 * <pre>{@code
 * DeviceState s = client.states().deviceState(DeviceStateRequest.of("18000001"));
 * s.port(1).map(PortState::status);
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DeviceState {
  DeviceState() {}

  /**
   * {@code device_num} when the answer carries it.
   *
   * @return {@code device_num} when the answer carries it, or {@code null} when absent
   */
  public abstract @Nullable String deviceNum();

  /**
   * The ports found, in the order received.
   *
   * @return the ports found, in the order received
   */
  public abstract List<PortState> ports();

  /**
   * Whether the answer had a port layout the client knows (if not, {@link #ports()} is empty for that reason).
   *
   * @return whether the answer had a port layout the client knows (if not, {@link #ports()} is empty for that reason)
   */
  public abstract boolean portsRecognised();

  /**
   * Every top-level field as text.
   *
   * @return every top-level field as text
   */
  public abstract Map<String, String> fields();

  /**
   * @param port a port number
   * @return that port, if the answer listed it
   */
  public Optional<PortState> port(long port) {
    for (PortState p : ports()) {
      if (p.port() == port) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeviceState}. */
  public static final class Builder extends ImmutableDeviceState.Builder {}
}
