package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.spi.AmparkJson;

/**
 * The Jackson mapper of the Wikeyun client (not API): Ampark's settings. Optional model fields are
 * {@code @Nullable} and read with {@link BlankAsNull}, so that a missing field, {@code null} or an
 * empty string is {@code null} (Wikeyun sends {@code ""} for "none", e.g. {@code org_order_number}).
 */
public final class WikeyunJson {
  private WikeyunJson() {}

  /** @return a new mapper for the client */
  public static ObjectMapper mapper() {
    return AmparkJson.newMapper();
  }
}
