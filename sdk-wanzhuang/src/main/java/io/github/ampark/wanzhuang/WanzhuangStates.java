package io.github.ampark.wanzhuang;

import static io.github.ampark.wanzhuang.WanzhuangDevices.present;

import io.github.ampark.wanzhuang.internal.Bodies;
import io.github.ampark.wanzhuang.internal.Mappers;
import io.github.ampark.wanzhuang.internal.WanzhuangService;
import io.github.ampark.wanzhuang.model.Acknowledgement;
import io.github.ampark.wanzhuang.model.DeviceState;
import io.github.ampark.wanzhuang.model.DeviceStateListRequest;
import io.github.ampark.wanzhuang.model.DeviceStateRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.PortErrorRequest;
import io.github.ampark.core.spi.AmparkCall;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Device state ({@code /open/device/state*}) of one {@link WanzhuangClient}: read port states,
 * take devices offline, mark ports faulty. Restart and offline income (paths not published) go
 * through {@link WanzhuangClient#raw()}.
 *
 * <pre>{@code
 * DeviceState s = client.states().deviceState(DeviceStateRequest.of("18000001"));
 * boolean free = s.port(1).map(p -> p.status().canStart()).orElse(false);
 * }</pre>
 */
public final class WanzhuangStates {
  private final WanzhuangService service;
  private final Bodies bodies;

  WanzhuangStates(WanzhuangService service, Bodies bodies) {
    this.service = service;
    this.bodies = bodies;
  }

  /**
   * Takes devices offline ({@code POST /open/device/state/offline}, {@code device_nums} as a JSON
   * array). Not resent once it may have arrived.
   *
   * @param r the devices, 1 to 1000
   * @return Wanzhuang's acknowledgement
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public Acknowledgement setOffline(DevicesRequest r) {
    return service.offline(bodies.offline(present(r))).map(Mappers::ack).execute();
  }

  /**
   * Like {@link #setOffline}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the devices
   * @return the answer, eventually
   */
  public CompletableFuture<Acknowledgement> setOfflineAsync(DevicesRequest r) {
    return service.offline(bodies.offline(present(r))).map(Mappers::ack).executeAsync();
  }

  /**
   * Marks a port faulty or clears the mark ({@code POST /open/device/state/port/error}, JSON). Not
   * resent once it may have arrived.
   *
   * @param r the device, port and flag
   * @return Wanzhuang's acknowledgement
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public Acknowledgement setPortError(PortErrorRequest r) {
    return service.portError(bodies.portError(present(r))).map(Mappers::ack).execute();
  }

  /**
   * Like {@link #setPortError}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r port and flag
   * @return the answer, eventually
   */
  public CompletableFuture<Acknowledgement> setPortErrorAsync(PortErrorRequest r) {
    return service.portError(bodies.portError(present(r))).map(Mappers::ack).executeAsync();
  }

  /**
   * Reads one device's port states ({@code GET /open/device/state}); retried on I/O errors.
   *
   * @param r the device and the port fields wanted
   * @return the state, with the ports found
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public DeviceState deviceState(DeviceStateRequest r) {
    return stateCall(r).execute();
  }

  /**
   * Like {@link #deviceState}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r device and port fields
   * @return the state, eventually
   */
  public CompletableFuture<DeviceState> deviceStateAsync(DeviceStateRequest r) {
    return stateCall(r).executeAsync();
  }

  /**
   * Reads several devices' port states ({@code GET /open/device/state/list}, in development at the
   * vendor); retried on I/O errors.
   *
   * @param r the devices and the port fields wanted
   * @return one state per device, in the order received
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public List<DeviceState> deviceStates(DeviceStateListRequest r) {
    return stateListCall(r).execute();
  }

  /**
   * Like {@link #deviceStates}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r devices and fields
   * @return the states, eventually
   */
  public CompletableFuture<List<DeviceState>> deviceStatesAsync(DeviceStateListRequest r) {
    return stateListCall(r).executeAsync();
  }

  private AmparkCall<DeviceState> stateCall(DeviceStateRequest r) {
    DeviceStateRequest q = present(r);
    return service.state(q.deviceNum(), q.portFields(), q.extraFields()).map(env -> Mappers.deviceState(env.path("data")));
  }

  private AmparkCall<List<DeviceState>> stateListCall(DeviceStateListRequest r) {
    DeviceStateListRequest q = present(r);
    return service.stateList(q.deviceNums(), q.portFields(), q.extraFields()).map(Mappers::deviceStates);
  }
}
