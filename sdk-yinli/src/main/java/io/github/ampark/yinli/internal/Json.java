package io.github.ampark.yinli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ampark.core.spi.AmparkJson;

/** The module's Jackson settings: Ampark's, and decimals kept digit for digit ({@code 88.50} stays {@code 88.50}). */
public final class Json {
  private Json() {}

  /** @return a new mapper with Ampark's settings and exact decimals in trees */
  public static ObjectMapper newMapper() {
    ObjectMapper m = AmparkJson.newMapper();
    m.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    return m;
  }
}
