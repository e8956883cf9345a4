package io.github.ampark.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** MockWebServer plumbing shared by every module's wire tests (in the sdk-core test-jar). */
public final class MockServers {
  private MockServers() {}

  /** A started server on 127.0.0.1 and a free port (IPv4 only: one route, no surprises). */
  public static MockWebServer start() throws IOException {
    MockWebServer server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  /** {@code http://127.0.0.1:<port>/}. */
  public static String baseUrl(MockWebServer server) {
    return baseUrl(server, "");
  }

  /** {@code http://127.0.0.1:<port>/<path>}, e.g. {@code gate/1.0/}. */
  public static String baseUrl(MockWebServer server, String path) {
    return "http://127.0.0.1:" + server.getPort() + "/" + path;
  }

  /** HTTP 200 with a UTF-8 JSON body. */
  public static MockResponse json(String body) {
    return json(200, body);
  }

  /** A UTF-8 JSON body with the given status. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json;charset=UTF-8").body(body).build();
  }

  /**
   * The next request the server received, waiting at most 3 s.
   *
   * @throws AssertionError if none arrived
   */
  public static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(3, java.util.concurrent.TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  /**
   * The paths of every request the server has received and not yet handed out, in order (waits
   * 100 ms for each further one).
   */
  public static java.util.List<String> paths(MockWebServer server) throws InterruptedException {
    java.util.List<String> out = new java.util.ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(100, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
      out.add(r.getUrl().encodedPath());
    }
    return out;
  }

  /** The request body as UTF-8 text ({@code ""} for none). */
  public static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  /**
   * HTTP 200 whose body leaves one byte per {@code perByteMillis}. Unlike MockWebServer's
   * {@code throttleBody}, it does not also throttle reading the request, so the request arrives
   * at once and only the answer drips.
   */
  public static MockResponse dripping(String body, long perByteMillis) {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body(new mockwebserver3.MockResponseBody() {
          @Override
          public long getContentLength() {
            return bytes.length;
          }

          @Override
          public void writeTo(okio.BufferedSink sink) throws IOException {
            for (byte b : bytes) {
              sink.writeByte(b).flush();
              try {
                Thread.sleep(perByteMillis);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
              }
            }
          }
        }).build();
  }
}
