package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AmparkJsonTextTest {
  @Test
  void optionalTextIsNullWhenMissingNullNotAScalarOrBlankElseTheScalarsText() throws Exception {
    JsonNode env = AmparkJson.newMapper().readTree(
        "{\"code\":1001,\"msg\":\"ok\",\"blank\":\"  \",\"none\":null,\"obj\":{},\"arr\":[1],\"flag\":true}");
    assertThat(AmparkJson.text(env, "code")).isEqualTo("1001");
    assertThat(AmparkJson.text(env, "msg")).isEqualTo("ok");
    assertThat(AmparkJson.text(env, "flag")).isEqualTo("true");
    assertThat(AmparkJson.text(env, "blank")).isNull();
    assertThat(AmparkJson.text(env, "none")).isNull();
    assertThat(AmparkJson.text(env, "obj")).isNull();
    assertThat(AmparkJson.text(env, "arr")).isNull();
    assertThat(AmparkJson.text(env, "missing")).isNull();
  }
}
