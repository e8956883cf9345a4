package io.github.ampark.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void fenBecomeYuanWithTwoDecimals() {
    assertThat(Money.fenToYuan(1234)).isEqualByComparingTo("12.34");
    assertThat(Money.fenToYuan(1234).toPlainString()).isEqualTo("12.34");
    assertThat(Money.fenToYuan(0).toPlainString()).isEqualTo("0.00");
    assertThat(Money.fenToYuan(-5).toPlainString()).isEqualTo("-0.05");
    assertThat(Money.fenToYuan(Long.MAX_VALUE).toPlainString()).isEqualTo("92233720368547758.07");
  }

  @Test
  void yuanBecomeFenExactly() {
    assertThat(Money.yuanToFen(new BigDecimal("0.01"))).isEqualTo(1);
    assertThat(Money.yuanToFen(new BigDecimal("100"))).isEqualTo(10000);
    assertThat(Money.yuanToFen(new BigDecimal("1E+1"))).isEqualTo(1000);
    assertThat(Money.yuanToFen(new BigDecimal("2.500"))).isEqualTo(250);
  }

  @Test
  void fractionsOfAFenAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Money.yuanToFen("refundYuan", new BigDecimal("0.001")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("refundYuan");
          assertThat(e.getMessage()).contains("0.001");
        });
    assertThatThrownBy(() -> Money.yuanToFen("x", new BigDecimal("1E+30"))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Money.yuanToFen("x", null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void yuanTextIsPlainWithTwoDecimalsNeverExponent() {
    assertThat(Money.yuanText(new BigDecimal("1E+1"))).isEqualTo("10.00");
    assertThat(Money.yuanText(new BigDecimal("1.5"))).isEqualTo("1.50");
    assertThat(Money.yuanText(new BigDecimal("0.01"))).isEqualTo("0.01");
    assertThat(Money.yuanText(new BigDecimal("1.250"))).isEqualTo("1.25");
    assertThatThrownBy(() -> Money.yuanText("reduceYuan", new BigDecimal("1.255")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("reduceYuan"));
    assertThat(Money.plain(new BigDecimal("1E+1"))).isEqualTo("10");
  }

  @Test
  void yuanTextIsParsedLeniently() {
    assertThat(Money.parseYuan("f", " 12.30 ")).isEqualByComparingTo("12.3");
    assertThatThrownBy(() -> Money.parseYuan("f", "12,3")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Money.parseYuan("f", "")).isInstanceOf(ValidationException.class);
  }
}
