package io.github.ampark.fourpyun;

import io.github.ampark.fourpyun.internal.FourPyunService;
import io.github.ampark.fourpyun.internal.Requests;
import io.github.ampark.fourpyun.model.EnergyDevice;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.ReplenishRequest;
import io.github.ampark.fourpyun.model.Replenishment;
import java.util.concurrent.CompletableFuture;

/**
 * The charging (energy) endpoints, which carry the openapi common parameters and need the client's
 * app id. Get it from {@link FourPyunClient#energy()}.
 *
 * <pre>{@code
 * pp.energy().replenish(ReplenishRequest.builder().stationUuid(station).deviceNo("D1").portNo("1")
 *     .replenishOrder("R-1").startTime(start).endTime(end).plate("粤B12345").energyWh(12_500)
 *     .energyValueFen(1500).feeValueFen(500).totalValueFen(2000).build());
 * }</pre>
 */
public final class FourPyunEnergy {
  private final FourPyunService service;
  private final Requests requests;

  FourPyunEnergy(FourPyunService service, Requests requests) {
    this.service = service;
    this.requests = requests;
  }

  /**
   * Reports a finished charging session for the park discount ({@code POST
   * energy/internal/replenish}, form). SAFE: P云 grants one discount per {@code replenish_order}.
   *
   * @param request the session
   * @return P云's receipt ({@code 1002}, "no parking record", is an ApiException)
   */
  public Receipt replenish(ReplenishRequest request) {
    return service.replenish(requests.replenish(request)).execute();
  }

  /**
   * Does the same as {@link #replenish(ReplenishRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the session
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> replenishAsync(ReplenishRequest request) {
    return service.replenish(requests.replenish(request)).executeAsync();
  }

  /**
   * Syncs one charging device and its connectors ({@code POST energy/internal/device/sync}, JSON;
   * one device per call). SAFE: it states the device's current state.
   *
   * @param device the device
   * @return P云's receipt
   */
  public Receipt syncDevice(EnergyDevice device) {
    return service.syncEnergyDevices(requests.energyDevice(device)).execute();
  }

  /**
   * Does the same as {@link #syncDevice(EnergyDevice)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param device the device
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> syncDeviceAsync(EnergyDevice device) {
    return service.syncEnergyDevices(requests.energyDevice(device)).executeAsync();
  }

  /**
   * Syncs the state of one charging session ({@code POST energy/internal/replenish/sync}, JSON; one
   * session per call). UNSAFE: sent once.
   *
   * @param replenishment the session
   * @return P云's receipt
   */
  public Receipt syncReplenishment(Replenishment replenishment) {
    return service.syncReplenishments(requests.replenishment(replenishment)).execute();
  }

  /**
   * Does the same as {@link #syncReplenishment(Replenishment)} without blocking: the returned
   * future completes with its result or fails with its exception, under the same call deadline.
   *
   * @param replenishment the session
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> syncReplenishmentAsync(Replenishment replenishment) {
    return service.syncReplenishments(requests.replenishment(replenishment)).executeAsync();
  }
}
