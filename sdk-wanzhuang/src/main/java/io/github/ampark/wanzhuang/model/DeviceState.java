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
   * The device number the answer names, wire {@code device_num}.
   *
   * @return the device number, or {@code null} when the answer does not carry it
   */
  public abstract @Nullable String deviceNum();

  /**
   * The ports found in the answer, in the order received; empty when the answer lists none or has a layout
   * the client does not know (see {@link #portsRecognised()}).
   *
   * @return the ports, possibly empty
   */
  public abstract List<PortState> ports();

  /**
   * Whether the answer had a port layout the client knows: a {@code ports} array, a {@code data} array of
   * port objects, or an object keyed by port number. When {@code false}, {@link #ports()} is empty for that
   * reason and {@link #fields()} holds what came.
   *
   * @return {@code true} when ports were read from a known layout
   */
  public abstract boolean portsRecognised();

  /**
   * Every top-level field of the answer as text, nested values as compact JSON.
   *
   * @return the fields by name, in the order received
   */
  public abstract Map<String, String> fields();

  /**
   * Looks up one port by number.
   *
   * @param port the port number, from 1
   * @return that port, or empty when the answer did not list it
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
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DeviceState} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableDeviceState.Builder {}
}
