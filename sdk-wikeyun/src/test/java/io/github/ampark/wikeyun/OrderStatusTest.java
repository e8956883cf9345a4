package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.wikeyun.model.GridType;
import io.github.ampark.wikeyun.model.OrderStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Status codes 0–12 and what the spec says about them; unknown codes are kept. */
class OrderStatusTest {
  @Test
  void everyCodeFromZeroToTwelveHasItsConstant() {
    String[] names = {"AWAITING_PAYMENT", "RECHARGING", "SUCCESS", "FAILED", "REFUNDED", "TIMED_OUT",
        "AWAITING_RECHARGE", "MATCHED", "STORED", "CANCELLED", "REVERSED", "PARTLY_CREDITED", "CANCELLING"};
    for (int code = 0; code <= 12; code++) {
      OrderStatus s = OrderStatus.of(Integer.toString(code));
      assertThat(s.name()).isEqualTo(names[code]);
      assertThat(s.code()).isEqualTo(Integer.toString(code));
    }
  }

  @Test
  void twoIsTheOnlySuccessThreeAndFourAreFailuresAndBothAreFinal() {
    for (OrderStatus s : OrderStatus.values()) {
      assertThat(s.isSuccess()).as(s.name()).isEqualTo(s == OrderStatus.SUCCESS);
      assertThat(s.isFailure()).as(s.name()).isEqualTo(s == OrderStatus.FAILED || s == OrderStatus.REFUNDED);
      assertThat(s.isFinal()).as(s.name()).isEqualTo(s.isSuccess() || s.isFailure());
    }
  }

  @Test
  void oneSixSevenAndEightAreInProgressAndNothingElse() {
    EnumSet<OrderStatus> inProgress =
        EnumSet.of(OrderStatus.RECHARGING, OrderStatus.AWAITING_RECHARGE, OrderStatus.MATCHED, OrderStatus.STORED);
    for (OrderStatus s : OrderStatus.values()) {
      assertThat(s.isInProgress()).as(s.name()).isEqualTo(inProgress.contains(s));
      assertThat(s.isInProgress() && s.isFinal()).isFalse();
    }
  }

  @Test
  void unknownBlankAndMissingCodesAreUnknownWithoutThrowing() {
    assertThat(OrderStatus.of("13")).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(OrderStatus.of(" 2 ")).isEqualTo(OrderStatus.SUCCESS);
    assertThat(OrderStatus.of(null)).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(OrderStatus.of("")).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(OrderStatus.UNKNOWN.code()).isNull();
    assertThat(OrderStatus.UNKNOWN.isFinal()).isFalse();
  }

  @Test
  void gridTypesMapZeroAndOne() {
    assertThat(GridType.of("0")).isEqualTo(GridType.STATE_GRID);
    assertThat(GridType.of("1")).isEqualTo(GridType.SOUTHERN_GRID);
    assertThat(GridType.of("2")).isEqualTo(GridType.UNKNOWN);
  }
}
