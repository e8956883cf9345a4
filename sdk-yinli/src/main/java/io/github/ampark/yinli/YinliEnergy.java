package io.github.ampark.yinli;

import io.github.ampark.core.Checks;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.yinli.internal.EnergyService;
import io.github.ampark.yinli.internal.NoQuery;
import io.github.ampark.yinli.internal.Writers;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The energy system's 2.x endpoints ("畅洋系统提供"), called by Yinli's side, always sealed with
 * the client's {@link YinliCodec}: 2.1 device info, 2.2 top-up, 2.3 usage, 2.5 balance adjustment,
 * 2.6 meter data. 2.4 余额退费 and 2.7 支付类型查询 have no published body: use {@code raw()}.
 *
 * <pre>{@code
 * DeviceInfo info = yinli.energy().deviceInfo(DeviceInfoQuery.builder().shopCode("S-101").build());
 * TopUpResult booked = yinli.energy().payElec(TopUp.builder().shopCode("S-101")
 *     .amount(new BigDecimal("100.00")).payNo("P202504010001").build());
 * }</pre>
 *
 * <p><b>The top-up is never sent twice.</b> It is keyed on {@code payNo}, but no published
 * endpoint looks a payment up, so after an ambiguous failure (a lost answer, an unreadable one)
 * there is nothing to reconcile with: the call ends in an {@link
 * io.github.ampark.core.OutcomeUnknownException} carrying the {@code payNo}, and nothing is
 * resent. Ask the energy system (2.1 shows the balance) before sending that payment again; the
 * receiving side books one {@code payNo} once anyway. The adjustment is UNSAFE (no key): never
 * resent once it may have arrived.
 */
public final class YinliEnergy {
  private final @Nullable ClientRuntime runtime;
  private final @Nullable EnergyService service;

  YinliEnergy(@Nullable ClientRuntime runtime, @Nullable EnergyService service) {
    this.runtime = runtime;
    this.service = service;
  }

  private EnergyService service() {
    if (service == null) {
      throw new ValidationException("codec", "is required for the 2.x endpoints: they use the 0.1 envelope (YinliClient.Builder.codec)");
    }
    return service;
  }

  /**
   * Asks the energy system for a shop's balance and devices (2.1 查询设备信息, sealed {@code POST
   * deviceInfo}); a query, so retried on I/O errors.
   *
   * @param query the shop and, optionally, one meter
   * @return the balance and devices
   * @throws io.github.ampark.core.ApiException when the answer's {@code code} is not a success
   */
  public DeviceInfo deviceInfo(DeviceInfoQuery query) {
    return service().deviceInfo(Writers.body(Checks.notNull("query", query))).execute();
  }

  /**
   * Like {@link #deviceInfo}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param query shop and meter
   * @return the balance and devices, eventually
   */
  public CompletableFuture<DeviceInfo> deviceInfoAsync(DeviceInfoQuery query) {
    return service().deviceInfo(Writers.body(Checks.notNull("query", query))).executeAsync();
  }

  /**
   * Books a payment on a shop's balance (2.2 充值交费, sealed {@code POST payElec}), at most once per
   * {@code payNo}: after a lost answer it is never resent by the SDK.
   *
   * @param topUp the payment: shop, amount, {@code payNo}
   * @return the payment booked
   * @throws io.github.ampark.core.ApiException when the answer's {@code code} is not a success
   * @throws io.github.ampark.core.OutcomeUnknownException if it may have been booked (never resent)
   */
  public TopUpResult payElec(TopUp topUp) {
    return payElecCall(topUp).execute();
  }

  /**
   * Like {@link #payElec}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param topUp the payment
   * @return the payment booked, eventually
   */
  public CompletableFuture<TopUpResult> payElecAsync(TopUp topUp) {
    return payElecCall(topUp).executeAsync();
  }

  private AmparkCall<TopUpResult> payElecCall(TopUp topUp) {
    Checks.notNull("topUp", topUp);
    EnergyService s = service();
    String payNo = topUp.payNo();
    return BusinessKeyCalls.keyed(runtime, "payElec", payNo,
        s.payElec(Writers.body(topUp)).map(answer -> TopUpResult.of(payNo)),
        failure -> new NoQuery<>("no published endpoint looks a payment up by payNo; the top-up may have been booked"),
        IfAbsent.THROW);
  }

  /**
   * Asks for a shop's energy use and its cost over a period (2.3 用电数据查询, sealed {@code POST useData});
   * a query, so retried on I/O errors.
   *
   * @param query the shop, optionally a meter, the query type and the period
   * @return the usage per meter, possibly empty
   * @throws io.github.ampark.core.ApiException when the answer's {@code code} is not a success
   */
  public List<Usage> usage(UsageQuery query) {
    return service().usage(Writers.body(Checks.notNull("query", query))).execute();
  }

  /**
   * Like {@link #usage}, without blocking the calling thread: the future completes with the same result, or
   * fails with the same exception.
   *
   * @param query shop, meter, period
   * @return the usage, eventually
   */
  public CompletableFuture<List<Usage>> usageAsync(UsageQuery query) {
    return service().usage(Writers.body(Checks.notNull("query", query))).executeAsync();
  }

  /**
   * Sets a shop's balance to a new value (2.5 余额调整, sealed {@code POST adjust}); sent once and never
   * resent once it may have arrived (UNSAFE).
   *
   * @param adjustment the shop and its balance after the adjustment
   * @return the balance the energy system now shows
   * @throws io.github.ampark.core.ApiException when the answer's {@code code} is not a success
   */
  public AdjustResult adjustBalance(BalanceAdjustment adjustment) {
    return service().adjust(Writers.body(Checks.notNull("adjustment", adjustment))).execute();
  }

  /**
   * Like {@link #adjustBalance}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param adjustment the shop and its new balance
   * @return the balance now, eventually
   */
  public CompletableFuture<AdjustResult> adjustBalanceAsync(BalanceAdjustment adjustment) {
    return service().adjust(Writers.body(Checks.notNull("adjustment", adjustment))).executeAsync();
  }

  /**
   * Reads one page of meters' real-time data (2.6 同步电表数据, sealed {@code POST readRt}); a query, so
   * retried on I/O errors.
   *
   * @param query the shop or meter, data type and page
   * @return one page of meters
   * @throws io.github.ampark.core.ApiException when the answer's {@code code} is not a success
   */
  public MeterDataPage meterData(MeterDataQuery query) {
    return service().meterData(Writers.body(Checks.notNull("query", query))).execute();
  }

  /**
   * Like {@link #meterData}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param query shop, meter, page
   * @return one page, eventually
   */
  public CompletableFuture<MeterDataPage> meterDataAsync(MeterDataQuery query) {
    return service().meterData(Writers.body(Checks.notNull("query", query))).executeAsync();
  }
}
