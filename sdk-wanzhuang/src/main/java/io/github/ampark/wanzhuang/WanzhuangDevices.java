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
   * Saves a device's charging mode ({@code POST /open/device/saveMode}, multipart form). Not resent
   * once it may have arrived.
   *
   * @param r the mode and its settings
   * @return Wanzhuang's acknowledgement; {@link Acknowledgement#result()} is {@code data.result}
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   * @throws io.github.ampark.core.TransportException when no answer arrived
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
   * Reads a device's charging mode ({@code GET /open/device/getMode}, {@code data.mode}); retried on
   * I/O errors.
   *
   * @param r the device
   * @return the mode settings
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   * @throws io.github.ampark.core.ResponseFormatException when {@code data.mode} is not an object
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
   * Reads a device's time-mode settings ({@code GET /open/device/getDeviceModeTimeInfo}); retried on
   * I/O errors.
   *
   * @param r the device
   * @return {@code data}, every field as text
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Reads a device's energy-mode settings ({@code GET /open/device/getDeviceModeWorkInfo}); retried on
   * I/O errors.
   *
   * @param r the device
   * @return {@code data}, every field as text
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Reads a device's power-mode settings ({@code GET /open/device/getDeviceModePowerInfo}); retried on
   * I/O errors.
   *
   * @param r the device
   * @return {@code data}, every field as text
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Reads a device's offline-card settings ({@code GET /open/device/getDeviceSettingOfflineCardInfo});
   * retried on I/O errors.
   *
   * @param r the device
   * @return {@code data}, every field as text
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Reads a device's details ({@code GET /open/device/findOne}); retried on I/O errors.
   *
   * @param r the device
   * @return {@code data}, every field as text (e.g. {@code device_type})
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Reads several devices' details ({@code POST /open/device/findMultiDevices}, multipart, {@code
   * device_nums} written with the client's {@link io.github.ampark.wanzhuang.model.ListEncoding}); a
   * read, so retried on I/O errors.
   *
   * @param r the devices, 1 to 1000
   * @return one record per device, in the order received
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Adds a device to your company ({@code POST /open/device/add}, JSON). Not resent once it may have
   * arrived.
   *
   * @param r the device
   * @return Wanzhuang's acknowledgement
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
   * Reads one page of a device's online log ({@code GET /open/device/log/online_log}); retried on I/O
   * errors.
   *
   * @param r the device, page number and page size
   * @return the page, with the total count
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
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
