package io.github.ampark.core;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.RequiredFieldException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.testing.AcmeOrder;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelStyleTest {
  @Test
  void missingRequiredFieldsAreNamedByTheBuilder() {
    assertThatThrownBy(() -> AcmeOrder.builder().orderNo("T1").build())
        .isInstanceOfSatisfying(RequiredFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("amountFen");
          assertThat(e.getMessage()).isEqualTo("amountFen: is required (also missing: status)");
        });
  }

  @Test
  void nullForARequiredFieldIsAValidationErrorNotANullPointerException() {
    assertThatThrownBy(() -> AcmeOrder.builder().orderNo(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("orderNo"));
  }

  @Test
  void checksNameTheFieldAndSayWhatIsWrong() {
    assertThatThrownBy(() -> Checks.notBlank("orderNo", " "))
        .hasMessage("orderNo: must not be blank");
    assertThatThrownBy(() -> Checks.positive("amountYuan", 0))
        .hasMessage("amountYuan: must be positive (was 0)");
    assertThatThrownBy(() -> Checks.between("size", 101, 1, 100))
        .hasMessage("size: must be between 1 and 100 (was 101)");
    assertThatThrownBy(() -> Checks.maxLength("orderNo", "x".repeat(33), 32))
        .hasMessage("orderNo: must be at most 32 characters (was 33)");
    assertThatThrownBy(() -> Checks.matches("orderNo", "T 1", Pattern.compile("[A-Za-z0-9]+"), "letters and digits"))
        .hasMessage("orderNo: must be letters and digits");
    assertThatThrownBy(() -> Checks.httpUrl("notifyUrl", "ftp://x"))
        .hasMessageStartingWith("notifyUrl: must be an absolute http or https URL");
    assertThat(Checks.httpUrl("notifyUrl", "https://example.com/notify")).isEqualTo("https://example.com/notify");
  }

  @Test
  void httpUrlAcceptsExactlyWhatOkHttpParsesOnTheFastPathAndOffIt() {
    for (String ok : new String[] {"http://a.cn", "HTTPS://Pay.Example.COM/cb?x=1&y=%E4%B8%AD#f", "https://例子.中国/notify",
        "https://a_b.example.com/x", "https://1.2.3.4:8443/n", "https://[::1]/n", "https://x.cn/a b"}) {
      assertThat(Checks.httpUrl("notifyUrl", ok)).isEqualTo(ok);
      assertThat(okhttp3.HttpUrl.parse(ok)).as(ok).isNotNull();
    }
    for (String bad : new String[] {"ftp://a.cn/x", "https://", "https://a.cn:99999/", "//a.cn/x", "a.cn/notify", "https://a..cn/x"}) {
      assertThatThrownBy(() -> Checks.httpUrl("notifyUrl", bad)).as(bad).isInstanceOf(ValidationException.class);
      assertThat(okhttp3.HttpUrl.parse(bad)).as(bad).isNull();
    }
  }
}
