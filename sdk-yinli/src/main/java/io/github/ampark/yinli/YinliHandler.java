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
   * Answers Yinli's request for a shop's balance and devices (2.1 查询设备信息). The default refuses with
   * {@link YinliCallbacks#NOT_SERVED}.
   *
   * @param query the shop and, optionally, one meter
   * @param call the call as received (headers, opened JSON)
   * @return your answer
   */
  default YinliReply<DeviceInfo> onDeviceInfo(DeviceInfoQuery query, InboundCall call) {
    return notServed();
  }

  /**
   * Books a payment Yinli sends (2.2 充值交费): called once per {@code payNo} that you acknowledge (the
   * SDK's duplicate guard answers Yinli's resends of a booked {@code payNo} itself). The default
   * refuses with {@link YinliCallbacks#NOT_SERVED}.
   *
   * @param topUp the payment
   * @param call the call as received (headers, opened JSON)
   * @return your answer; only {@link YinliReply#ok} marks the payment booked
   */
  default YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
    return notServed();
  }

  /**
   * Answers Yinli's request for a shop's energy use over a period (2.3 用电数据查询). The default refuses
   * with {@link YinliCallbacks#NOT_SERVED}.
   *
   * @param query the shop, meter, query type and period
   * @param call the call as received (headers, opened JSON)
   * @return your answer
   */
  default YinliReply<List<Usage>> onUsage(UsageQuery query, InboundCall call) {
    return notServed();
  }

  /**
   * Applies a balance adjustment Yinli sends (2.5 余额调整). Not deduplicated by the SDK: a redelivery
   * reaches you again (the request names the balance after it). The default refuses with {@link
   * YinliCallbacks#NOT_SERVED}.
   *
   * @param adjustment the shop and its balance after the adjustment
   * @param call the call as received (headers, opened JSON)
   * @return your answer, with the balance now
   */
  default YinliReply<AdjustResult> onAdjust(BalanceAdjustment adjustment, InboundCall call) {
    return notServed();
  }

  /**
   * Answers Yinli's request for a page of meters' real-time data (2.6 同步电表数据). The default refuses with
   * {@link YinliCallbacks#NOT_SERVED}.
   *
   * @param query the shop or meter, data type and page
   * @param call the call as received (headers, opened JSON)
   * @return your answer
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
   * The reply of a handler method you did not override: a refusal with {@link
   * YinliCallbacks#NOT_SERVED}, never acknowledging.
   *
   * @param <T> the data type it stands for
   * @return the refusal
   */
  static <T> YinliReply<T> notServed() {
    return YinliReply.refused(YinliCallbacks.NOT_SERVED, "not served");
  }
}
