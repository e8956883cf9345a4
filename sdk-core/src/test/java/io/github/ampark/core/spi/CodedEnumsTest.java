package io.github.ampark.core.spi;

import io.github.ampark.core.CodedEnum;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodedEnumsTest {
  enum Color implements CodedEnum {
    BLUE("1"), YELLOW("2"), UNKNOWN(null);

    private final String code;

    Color(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  @Test
  void knownCodesMapToTheirConstantAndUnknownOnesToUnknown() {
    assertThat(CodedEnums.fromCode(Color.class, "1", Color.UNKNOWN)).isEqualTo(Color.BLUE);
    assertThat(CodedEnums.fromCode(Color.class, " 2 ", Color.UNKNOWN)).isEqualTo(Color.YELLOW);
    assertThat(CodedEnums.fromCode(Color.class, "9", Color.UNKNOWN)).isEqualTo(Color.UNKNOWN);
    assertThat(CodedEnums.fromCode(Color.class, null, Color.UNKNOWN)).isEqualTo(Color.UNKNOWN);
  }

  @Test
  void mapperWritesWhatSigningVendorsReserialise() throws Exception {
    ObjectMapper mapper = AmparkJson.newMapper();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("car_number", "晋SS0000");
    m.put("url", "https://x.cn/a?b=1&c=<d>");
    m.put("reduce", new BigDecimal("1.25"));
    m.put("big", new BigDecimal("1E+3"));
    m.put("n", 1635911040L);
    m.put("skip", null);
    m.put("ctl", "a\u0001b");
    assertThat(mapper.writeValueAsString(m))
        .isEqualTo("{\"car_number\":\"晋SS0000\",\"url\":\"https://x.cn/a?b=1&c=<d>\",\"reduce\":1.25,\"big\":1000,"
            + "\"n\":1635911040,\"ctl\":\"a\\u0001b\"}");
  }
}
