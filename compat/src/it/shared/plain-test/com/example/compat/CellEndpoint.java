package com.example.compat;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.callback.CallbackRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/** Without a servlet container: the JDK's own HTTP server as the callback endpoint. */
final class CellEndpoint implements AutoCloseable {
  private final HttpServer server;

  private CellEndpoint(HttpServer server) {
    this.server = server;
  }

  static CellEndpoint start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/callbacks/wikeyun",
          exchange -> CallbackEndpoint.handle(CallbackRequest.from(exchange)).writeTo(exchange));
      server.start();
      return new CellEndpoint(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String callbackUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks/wikeyun";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
