package io.github.ampark.fourpyun;

import io.github.ampark.core.testing.MockServerTest;
import mockwebserver3.MockWebServer;

/** A MockWebServer standing in for 4pyun and a client pointed at it, fresh for every test. */
abstract class WireTest extends MockServerTest<FourPyunClient> {
  /** @param builder {@link WireSupport#client} for this server @return it with the test class's own settings */
  FourPyunClient.Builder configure(FourPyunClient.Builder builder) {
    return builder;
  }

  @Override
  protected FourPyunClient newClient(MockWebServer server) {
    return configure(WireSupport.client(server)).build();
  }
}
