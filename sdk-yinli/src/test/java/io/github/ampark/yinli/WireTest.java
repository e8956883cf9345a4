package io.github.ampark.yinli;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer standing in for Yinli and a client pointed at it, fresh for every test. */
abstract class WireTest {
  MockWebServer server;
  YinliClient client;

  /** @param builder {@link WireSupport#client} for this server @return it with the test class's own settings */
  YinliClient.Builder configure(YinliClient.Builder builder) {
    return builder;
  }

  @BeforeEach
  void startServer() throws Exception {
    server = WireSupport.start();
    client = configure(WireSupport.client(server)).build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }
}
