package io.github.ampark.wikeyun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The per-request checks are loops, not regex matchers; they accept exactly what the rules' patterns accept. */
class RulesLinearChecksTest {
  @Test
  void merchantOrderNoAndCodeChecksAgreeWithTheirPatterns() {
    Random random = new Random(16);
    String alphabet = "aZ09_-. 中\u0660\uff10+";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(10) == 0 ? 60 + random.nextInt(8) : random.nextInt(7);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 4 : alphabet.length())));
      }
      String v = b.toString();
      assertThat(Rules.isMerchantOrderNo(v)).as(v).isEqualTo(Rules.MERCHANT_ORDER_NO.matcher(v).matches());
      assertThat(Rules.isCode(v)).as(v).isEqualTo(Rules.CODE.matcher(v).matches());
    }
    for (String v : new String[] {"", "1", "1234", "12345", "a".repeat(64), "a".repeat(65), "T-1_a", "T 1", "\u0661"}) {
      assertThat(Rules.isMerchantOrderNo(v)).as(v).isEqualTo(Rules.MERCHANT_ORDER_NO.matcher(v).matches());
      assertThat(Rules.isCode(v)).as(v).isEqualTo(Rules.CODE.matcher(v).matches());
    }
  }
}
