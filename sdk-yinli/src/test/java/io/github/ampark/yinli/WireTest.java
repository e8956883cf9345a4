package io.github.ampark.yinli;

import io.github.ampark.core.testing.MockServerTest;
import mockwebserver3.MockWebServer;

/** A MockWebServer standing in for Yinli and a client pointed at it, fresh for every test. */
abstract class WireTest extends MockServerTest<YinliClient> {
  /** @param builder {@link WireSupport#client} for this server @return it with the test class's own settings */
  YinliClient.Builder configure(YinliClient.Builder builder) {
    return builder;
  }

  @Override
  protected YinliClient newClient(MockWebServer server) {
    return configure(WireSupport.client(server)).build();
  }
}
