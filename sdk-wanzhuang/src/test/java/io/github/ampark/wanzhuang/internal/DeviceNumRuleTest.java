package io.github.ampark.wanzhuang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The device-number rule is the documented pattern {@code [\x21-\x7e]{1,64}}, checked without a regex. */
class DeviceNumRuleTest {
  private static final Pattern DOCUMENTED = Pattern.compile("[\\x21-\\x7e]{1,64}");

  @Property(tries = 3000)
  void acceptsExactlyWhatThePatternAccepts(@ForAll @StringLength(max = 70) String value) {
    assertThat(Rules.isDeviceNum(value)).isEqualTo(DOCUMENTED.matcher(value).matches());
  }

  @Test
  void boundsAndEdgesOfTheRange() {
    for (String v : new String[] {"", "!", "~", " ", "\u007f", "a b", "设备", "1".repeat(64), "1".repeat(65), "19285526"}) {
      assertThat(Rules.isDeviceNum(v)).as(v).isEqualTo(DOCUMENTED.matcher(v).matches());
    }
  }
}
