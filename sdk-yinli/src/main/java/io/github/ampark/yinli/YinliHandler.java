package io.github.ampark.yinli;

import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.InboundCall;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageQuery;
import io.github.ampark.yinli.model.YinliReply;
import java.util.List;

/**
 * Your side of the 2.x endpoints the energy system serves, one method per endpoint; each default
 * refuses with {@link YinliCallbacks#NOT_SERVED}, so implement only what you serve. A method that
 * throws or returns {@code null} becomes a refusal with {@link YinliCallbacks#FAILED} (never an
 * acknowledgement), and a top-up's {@code payNo} is then handled again on Yinli's next delivery.
 *
 * <pre>{@code
 * YinliHandler handler = new YinliHandler() {
 *   @Override public YinliReply<TopUpResult> onTopUp(TopUp t, InboundCall call) {
 *     ledger.credit(t.shopCode(), t.amount(), t.payNo());          // booked once per payNo by the SDK's guard
 *     return YinliReply.ok(TopUpResult.of(t.payNo()));
 *   }
 *   @Override public YinliReply<DeviceInfo> onDeviceInfo(DeviceInfoQuery q, InboundCall call) {
 *     return YinliReply.ok(DeviceInfo.builder().shopCode(q.shopCode()).balance(ledger.balance(q.shopCode())).build());
 *   }
 * };
 * }</pre>
 */
public interface YinliHandler {
  /**
   * 2.1 查询设备信息.
   *
   * @param query the request
   * @param call the call
   * @return the answer
   */
  default YinliReply<DeviceInfo> onDeviceInfo(DeviceInfoQuery query, InboundCall call) {
    return notServed();
  }

  /**
   * 2.2 充值交费: called once per {@code payNo} that you acknowledge (the SDK's duplicate guard
   * answers Yinli's resends of a booked {@code payNo} itself).
   *
   * @param topUp the payment
   * @param call the call
   * @return the answer; only {@link YinliReply#ok} marks the payment booked
   */
  default YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
    return notServed();
  }

  /**
   * 2.3 用电数据查询.
   *
   * @param query the request
   * @param call the call
   * @return the answer
   */
  default YinliReply<List<Usage>> onUsage(UsageQuery query, InboundCall call) {
    return notServed();
  }

  /**
   * 2.5 余额调整.
   *
   * @param adjustment the request
   * @param call the call
   * @return the answer
   */
  default YinliReply<AdjustResult> onAdjust(BalanceAdjustment adjustment, InboundCall call) {
    return notServed();
  }

  /**
   * 2.6 同步电表数据.
   *
   * @param query the request
   * @param call the call
   * @return the answer
   */
  default YinliReply<MeterDataPage> onMeterData(MeterDataQuery query, InboundCall call) {
    return notServed();
  }

  /**
   * Any other path (2.4 余额退费, 2.7 支付类型查询, unpublished ones).
   *
   * @param call the call, with its opened JSON
   * @return the answer; the data is JSON text, sealed as it is
   */
  default YinliReply<String> onOther(InboundCall call) {
    return notServed();
  }

  /**
   * The default refusal.
   *
   * @param <T> the data type
   * @return {@link YinliCallbacks#NOT_SERVED}
   */
  static <T> YinliReply<T> notServed() {
    return YinliReply.refused(YinliCallbacks.NOT_SERVED, "not served");
  }
}
