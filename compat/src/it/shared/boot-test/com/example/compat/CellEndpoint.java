package com.example.compat;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs {@link App} on a free port; the callback URL is its servlet's. */
final class CellEndpoint implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private CellEndpoint(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static CellEndpoint start() {
    return new CellEndpoint(SpringApplication.run(App.class, "--server.port=0", "--server.address=127.0.0.1",
        "--spring.main.banner-mode=off"));
  }

  String callbackUrl() {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/callbacks/wikeyun";
  }

  @Override
  public void close() {
    context.close();
  }
}
