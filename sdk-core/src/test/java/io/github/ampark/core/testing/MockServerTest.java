package io.github.ampark.core.testing;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer standing in for a vendor and a client pointed at it, fresh for every test (in the
 * sdk-core test-jar, for every module's wire tests).
 *
 * @param <C> the vendor client type
 */
public abstract class MockServerTest<C extends AutoCloseable> {
  protected MockWebServer server;
  protected C client;

  /** @param server the started server @return a client sending to it */
  protected abstract C newClient(MockWebServer server) throws Exception;

  @BeforeEach
  void startServerAndClient() throws Exception {
    server = MockServers.start();
    client = newClient(server);
  }

  @AfterEach
  void stopClientAndServer() throws Exception {
    client.close();
    server.close();
  }
}
