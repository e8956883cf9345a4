package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The state of one port ({@code state} in {@code /open/device/state}), codes 0–25 as the state page
 * lists them. A charge can start in 0, 1 or 5 ({@link #canStart()}); one in progress (2) can be
 * continued only with the same {@code charge_id} ({@link #canContinue}). A code this SDK does not
 * know maps to {@link #UNKNOWN}; the raw code stays on {@link PortState#stateCode()}.
 *
 * <pre>{@code
 * PortState p = client.states().deviceState(DeviceStateRequest.of("18000001")).port(1).get();
 * if (p.status().canStart()) { ... }
 * }</pre>
 */
public enum PortStatus implements CodedEnum {
  /** 0 空闲, idle. */
  IDLE("0"),
  /** 1 已连接, connected. */
  CONNECTED("1"),
  /** 2 充电中, charging. */
  CHARGING("2"),
  /** 3 暂停, paused. */
  PAUSED("3"),
  /** 4 断开, disconnected. */
  DISCONNECTED("4"),
  /** 5 充电结束, charge ended. */
  ENDED("5"),
  /** 6 故障, fault. */
  FAULT("6"),
  /** 7 测试, test. */
  TEST("7"),
  /** 8 高温暂停, high-temperature pause. */
  HIGH_TEMPERATURE_PAUSE("8"),
  /** 9 低温暂停, low-temperature pause. */
  LOW_TEMPERATURE_PAUSE("9"),
  /** 10 整机功率超限暂停, whole-unit over-power pause. */
  OVER_POWER_PAUSE("10"),
  /** 11 过压暂停, over-voltage pause. */
  OVER_VOLTAGE_PAUSE("11"),
  /** 12 欠压暂停, under-voltage pause. */
  UNDER_VOLTAGE_PAUSE("12"),
  /** 13 按键支付暂停, button-payment pause. */
  BUTTON_PAYMENT_PAUSE("13"),
  /** 14 烟雾报警暂停, smoke-alarm pause. */
  SMOKE_ALARM_PAUSE("14"),
  /** 15 自检, self-test. */
  SELF_TEST("15"),
  /** 16 就绪, ready. */
  READY("16"),
  /** 17 急停, emergency stop. */
  EMERGENCY_STOP("17"),
  /** 18 漏电自检失败, leakage self-test failed. */
  LEAKAGE_SELF_TEST_FAILED("18"),
  /** 19 充满/待拔枪, charging done, waiting for unplug. */
  DONE_WAITING_UNPLUG("19"),
  /** 20 CP 故障, CP fault. */
  CP_FAULT("20"),
  /** 21 接地故障, earth fault. */
  EARTH_FAULT("21"),
  /** 22 输出故障, output fault. */
  OUTPUT_FAULT("22"),
  /** 23 预约/待启动, booked, waiting to start. */
  BOOKED("23"),
  /** 24 熔断, fuse blown. */
  FUSE_BLOWN("24"),
  /** 25 继电器粘连, relay welded. */
  RELAY_WELDED("25"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  PortStatus(@Nullable String code) {
    this.code = code;
  }

  /**
   * The status a code stands for.
   *
   * @param code the code as received, e.g. {@code "2"}; may be {@code null}
   * @return the status, or {@link #UNKNOWN} for {@code null} or a code not listed here
   */
  public static PortStatus of(@Nullable String code) {
    return CodedEnums.fromCode(PortStatus.class, code, UNKNOWN);
  }

  /**
   * The status a numeric code stands for.
   *
   * @param code the numeric code, e.g. {@code 2}
   * @return the status, or {@link #UNKNOWN} for a code not listed here
   */
  public static PortStatus of(int code) {
    return of(Integer.toString(code));
  }

  @Override
  public @Nullable String code() {
    return code;
  }

  /**
   * Whether a new charge can start on a port in this state: idle (0), connected (1) or charge ended (5).
   *
   * @return {@code true} for those three states
   */
  public boolean canStart() {
    return this == IDLE || this == CONNECTED || this == ENDED;
  }

  /**
   * Whether a charge already running on the port is yours, so you can treat a start as done: the port is
   * charging (2) and carries your {@code charge_id}.
   *
   * @param portChargeId the {@code charge_id} the port reports ({@link PortState#chargeId()}), may be {@code
   *     null}
   * @param yourChargeId the {@code charge_id} of the charge you want to continue
   * @return {@code true} when this state is {@link #CHARGING} and the ids are equal
   */
  public boolean canContinue(@Nullable Long portChargeId, long yourChargeId) {
    return this == CHARGING && portChargeId != null && portChargeId == yourChargeId;
  }
}
