package io.github.ampark.wanzhuang;

import io.github.ampark.core.Checks;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.wanzhuang.internal.Bodies;
import io.github.ampark.wanzhuang.internal.Mappers;
import io.github.ampark.wanzhuang.internal.WanzhuangService;
import io.github.ampark.wanzhuang.model.Acknowledgement;
import io.github.ampark.wanzhuang.model.DataRecord;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.ModeSettings;
import io.github.ampark.wanzhuang.model.OnlineLogPage;
import io.github.ampark.wanzhuang.model.OnlineLogRequest;
import io.github.ampark.wanzhuang.model.SaveModeRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Device information, charging modes and device logs ({@code /open/device/*}, {@code
 * /open/device/log/*}) of one {@link WanzhuangClient}. Every operation has a blocking method and an
 * {@code …Async} one whose future fails with the same exceptions.
 *
 * <pre>{@code
 * WanzhuangDevices devices = client.devices();
 * devices.addDevice(DeviceRequest.of("18000001"));
 * devices.saveMode(SaveModeRequest.builder()...build());
 * ModeSettings mode = devices.getMode(DeviceRequest.of("18000001"));
 * }</pre>
 *
 * <p>Failures: {@link io.github.ampark.core.ApiException} when Wanzhuang answers a {@code code}
 * other than 1; {@link io.github.ampark.core.TransportException} when no answer arrived; {@link
 * io.github.ampark.core.ResponseFormatException} when it cannot be read. Queries are retried on I/O
 * errors; writes are never resent once they may have arrived. The mode-setting queries this SDK has
 * no path for (time mode 2, energy mode 2, power mode 2, online card, safety, coin, user setting,
 * do-not-disturb), the device list and delete, and the car-pile mode pages go through {@link
 * WanzhuangClient#raw()}.
 */
public final class WanzhuangDevices {
  private final WanzhuangService service;
  private final Bodies bodies;

  WanzhuangDevices(WanzhuangService service, Bodies bodies) {
    this.service = service;
    this.bodies = bodies;
  }

  /**
   * Saves a charging mode ({@code POST /open/device/saveMode}, multipart).
   *
   * @param r the mode
   * @return the answer ({@code result})
   */
  public Acknowledgement saveMode(SaveModeRequest r) {
    return saveModeCall(r).execute();
  }

  /**
   * Like {@link #saveMode}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param r the mode
   * @return the answer, eventually
   */
  public CompletableFuture<Acknowledgement> saveModeAsync(SaveModeRequest r) {
    return saveModeCall(r).executeAsync();
  }

  /**
   * Reads the charging mode ({@code GET /open/device/getMode}).
   *
   * @param r the device
   * @return {@code data.mode}
   */
  public ModeSettings getMode(DeviceRequest r) {
    return getModeCall(r).execute();
  }

  /**
   * Like {@link #getMode}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param r the device
   * @return {@code data.mode}, eventually
   */
  public CompletableFuture<ModeSettings> getModeAsync(DeviceRequest r) {
    return getModeCall(r).executeAsync();
  }

  /**
   * Time-mode settings ({@code GET /open/device/getDeviceModeTimeInfo}).
   *
   * @param r the device
   * @return {@code data}
   */
  public DataRecord timeModeInfo(DeviceRequest r) {
    return service.getDeviceModeTimeInfo(bodies.deviceQuery(present(r))).map(Mappers::record).execute();
  }

  /**
   * Like {@link #timeModeInfo}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the device
   * @return {@code data}, eventually
   */
  public CompletableFuture<DataRecord> timeModeInfoAsync(DeviceRequest r) {
    return service.getDeviceModeTimeInfo(bodies.deviceQuery(present(r))).map(Mappers::record).executeAsync();
  }

  /**
   * Energy-mode settings ({@code GET /open/device/getDeviceModeWorkInfo}).
   *
   * @param r the device
   * @return {@code data}
   */
  public DataRecord energyModeInfo(DeviceRequest r) {
    return service.getDeviceModeWorkInfo(bodies.deviceQuery(present(r))).map(Mappers::record).execute();
  }

  /**
   * Like {@link #energyModeInfo}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the device
   * @return {@code data}, eventually
   */
  public CompletableFuture<DataRecord> energyModeInfoAsync(DeviceRequest r) {
    return service.getDeviceModeWorkInfo(bodies.deviceQuery(present(r))).map(Mappers::record).executeAsync();
  }

  /**
   * Power-mode settings ({@code GET /open/device/getDeviceModePowerInfo}).
   *
   * @param r the device
   * @return {@code data}
   */
  public DataRecord powerModeInfo(DeviceRequest r) {
    return service.getDeviceModePowerInfo(bodies.deviceQuery(present(r))).map(Mappers::record).execute();
  }

  /**
   * Like {@link #powerModeInfo}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the device
   * @return {@code data}, eventually
   */
  public CompletableFuture<DataRecord> powerModeInfoAsync(DeviceRequest r) {
    return service.getDeviceModePowerInfo(bodies.deviceQuery(present(r))).map(Mappers::record).executeAsync();
  }

  /**
   * Offline-card settings ({@code GET /open/device/getDeviceSettingOfflineCardInfo}).
   *
   * @param r the device
   * @return {@code data}
   */
  public DataRecord offlineCardInfo(DeviceRequest r) {
    return service.getDeviceSettingOfflineCardInfo(bodies.deviceQuery(present(r))).map(Mappers::record).execute();
  }

  /**
   * Like {@link #offlineCardInfo}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the device
   * @return {@code data}, eventually
   */
  public CompletableFuture<DataRecord> offlineCardInfoAsync(DeviceRequest r) {
    return service.getDeviceSettingOfflineCardInfo(bodies.deviceQuery(present(r))).map(Mappers::record).executeAsync();
  }

  /**
   * Device details ({@code GET /open/device/findOne}).
   *
   * @param r the device
   * @return {@code data}
   */
  public DataRecord findOne(DeviceRequest r) {
    return service.findOne(bodies.deviceQuery(present(r))).map(Mappers::record).execute();
  }

  /**
   * Like {@link #findOne}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param r the device
   * @return {@code data}, eventually
   */
  public CompletableFuture<DataRecord> findOneAsync(DeviceRequest r) {
    return service.findOne(bodies.deviceQuery(present(r))).map(Mappers::record).executeAsync();
  }

  /**
   * Several devices' details ({@code POST /open/device/findMultiDevices}, multipart).
   *
   * @param r the devices
   * @return one record per device
   */
  public List<DataRecord> findMultiDevices(DevicesRequest r) {
    return findMultiCall(r).execute();
  }

  /**
   * Like {@link #findMultiDevices}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the devices
   * @return the records, eventually
   */
  public CompletableFuture<List<DataRecord>> findMultiDevicesAsync(DevicesRequest r) {
    return findMultiCall(r).executeAsync();
  }

  /**
   * Adds a device ({@code POST /open/device/add}, JSON).
   *
   * @param r the device
   * @return the answer
   */
  public Acknowledgement addDevice(DeviceRequest r) {
    return service.add(bodies.addDevice(present(r))).map(Mappers::ack).execute();
  }

  /**
   * Like {@link #addDevice}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the device
   * @return the answer, eventually
   */
  public CompletableFuture<Acknowledgement> addDeviceAsync(DeviceRequest r) {
    return service.add(bodies.addDevice(present(r))).map(Mappers::ack).executeAsync();
  }

  /**
   * A page of the online log ({@code GET /open/device/log/online_log}).
   *
   * @param r device and page
   * @return the page
   */
  public OnlineLogPage onlineLog(OnlineLogRequest r) {
    return service.onlineLog(bodies.onlineLog(present(r))).map(Mappers::onlineLog).execute();
  }

  /**
   * Like {@link #onlineLog}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r device and page
   * @return the page, eventually
   */
  public CompletableFuture<OnlineLogPage> onlineLogAsync(OnlineLogRequest r) {
    return service.onlineLog(bodies.onlineLog(present(r))).map(Mappers::onlineLog).executeAsync();
  }

  private AmparkCall<Acknowledgement> saveModeCall(SaveModeRequest r) {
    return service.saveMode(bodies.saveMode(present(r))).map(Mappers::ack);
  }

  private AmparkCall<ModeSettings> getModeCall(DeviceRequest r) {
    return service.getMode(bodies.deviceQuery(present(r))).map(Mappers::mode);
  }

  private AmparkCall<List<DataRecord>> findMultiCall(DevicesRequest r) {
    return service.findMultiDevices(bodies.findMultiDevices(present(r))).map(env -> Mappers.records(env, "findMultiDevices"));
  }

  static <T> T present(T request) {
    return Checks.notNull("request", request);
  }
}
