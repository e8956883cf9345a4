package io.github.ampark.testkit;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.RuntimeCompatibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process HTTP server on MockWebServer, the base of every vendor fake: routes by method and
 * path, a journal of every request received, fault injection, and a callback sender. Use it
 * directly to fake an endpoint Ampark has no fake for yet.
 *
 * <pre>{@code
 * try (FakeServer fake = FakeServer.start()) {
 *   fake.route("POST", "/rest/Power/query", req -> FakeResponse.json("{\"code\":\"0000\",\"data\":{}}"));
 *   fake.faults().next(Fault.disconnectAfterRequest());
 *   WikeyunClient client = WikeyunClient.builder().baseUrl(fake.url())...build();
 *   ...
 *   assertThat(fake.journal()).hasSize(2);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Listens on 127.0.0.1 only.
 */
public class FakeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServer.class);

  private final MockWebServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<FakeRequest> journal = Collections.synchronizedList(new ArrayList<>());
  private final Faults faults = new Faults();
  private final CallbackSender callbacks = new CallbackSender();
  private final Clock clock;
  private volatile Duration latency = Duration.ZERO;
  private volatile Handler fallback =
      request -> FakeResponse.json(404, "{\"error\":\"no route for " + request.method() + " " + request.path() + "\"}");

  /** A server not yet listening; call {@link #listen()}. */
  protected FakeServer() {
    this(Clock.systemUTC());
  }

  /**
   * Creates the server (not yet started).
   *
   * @param clock the clock the fake uses for timestamps it produces and checks
   */
  protected FakeServer(Clock clock) {
    // Before MockWebServer runs: on a classpath with too old a Kotlin stdlib or two OkHttp copies
    // (Spring Boot 2.7 as it comes) it would fail with NoClassDefFoundError; this names the fix.
    RuntimeCompatibility.check("testkit");
    this.server = new MockWebServer();
    this.clock = clock;
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest recorded) {
            return FakeServer.this.dispatch(recorded);
          }
        });
  }

  /**
   * Starts a bare fake on a free port of 127.0.0.1.
   *
   * @return the running fake
   */
  public static FakeServer start() {
    return new FakeServer().listen();
  }

  /**
   * Starts listening (on a free port of 127.0.0.1).
   *
   * @param <S> the concrete fake type
   * @return this
   */
  @SuppressWarnings("unchecked")
  public final <S extends FakeServer> S listen() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("fake server could not start", e);
    }
    return (S) this;
  }

  /**
   * The base URL with a trailing slash, e.g. {@code http://127.0.0.1:53211/}.
   *
   * @return the base URL with a trailing slash, e.g. {@code http://127.0.0.1:53211/}
   */
  public String url() {
    return "http://127.0.0.1:" + server.getPort() + "/";
  }

  /**
   * An absolute URL on this fake for {@code path}.
   *
   * @param path the path, starting with {@code /}
   * @return an absolute URL on this fake for {@code path}
   */
  public String url(String path) {
    return url() + (path.startsWith("/") ? path.substring(1) : path);
  }

  /**
   * The local TCP port the fake listens on (chosen free at start).
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * The fake's clock.
   *
   * @return the fake's clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Answers {@code method path} with {@code handler} (replacing an earlier route).
   *
   * @param method HTTP method
   * @param path exact path starting with {@code /}
   * @param handler the answer
   * @return this
   */
  public FakeServer route(String method, String path, Handler handler) {
    routes.put(key(method, path), handler);
    return this;
  }

  /**
   * Answers everything without a route.
   *
   * @param handler the answer (default: 404 JSON)
   * @return this
   */
  public FakeServer fallback(Handler handler) {
    this.fallback = handler;
    return this;
  }

  /**
   * Answers every request only after {@code latency}, like a far-away vendor (the benchmarks use
   * 20 ms). The handler runs after the pause; faults still apply.
   *
   * @param latency added before each answer; zero or {@code null} for none
   * @return this
   */
  public FakeServer latency(@Nullable Duration latency) {
    this.latency = latency == null || latency.isNegative() ? Duration.ZERO : latency;
    return this;
  }

  /**
   * The latency added before each answer.
   *
   * @return the latency added before each answer
   */
  public Duration latency() {
    return latency;
  }

  /**
   * Faults to inject into the next exchanges.
   *
   * @return faults to inject into the next exchanges
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The callback sender (POSTs to your URLs, retrying until acknowledged).
   *
   * @return the callback sender (POSTs to your URLs, retrying until acknowledged)
   */
  public CallbackSender callbacks() {
    return callbacks;
  }

  /**
   * A snapshot of every request received, in order.
   *
   * @return a snapshot of every request received, in order
   */
  public List<FakeRequest> journal() {
    synchronized (journal) {
      return new ArrayList<>(journal);
    }
  }

  /**
   * The requests received for one route, in order.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the exact path
   * @return the requests received for one route, in order
   */
  public List<FakeRequest> journal(String method, String path) {
    List<FakeRequest> out = new ArrayList<>();
    for (FakeRequest r : journal()) {
      if (r.method().equalsIgnoreCase(method) && r.path().equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The last request received, or {@code null}.
   *
   * @return the last request received, or {@code null}
   */
  public @Nullable FakeRequest lastRequest() {
    synchronized (journal) {
      return journal.isEmpty() ? null : journal.get(journal.size() - 1);
    }
  }

  /**
   * How many requests the fake has received since it started, whatever their route.
   *
   * @return how many requests were received
   */
  public int requestCount() {
    return journal.size();
  }

  /** Forgets the journal (state and routes stay). */
  public void clearJournal() {
    journal.clear();
  }

  private static String key(String method, String path) {
    return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
  }

  private MockResponse dispatch(RecordedRequest recorded) {
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    FakeRequest request =
        new FakeRequest(recorded.getMethod(), recorded.getUrl(), recorded.getHeaders(), body, clock.instant());
    journal.add(request);
    Fault fault = faults.take(request.method(), request.path());
    if (fault != null) {
      request.fault(fault.toString());
    }
    if (fault != null && !fault.processes()) {
      return faulty(fault, null);
    }
    pause();
    FakeResponse response;
    try {
      Handler h = routes.get(key(request.method(), request.path()));
      response = (h == null ? fallback : h).handle(request);
    } catch (RuntimeException e) {
      LOG.warn("fake handler failed for {}", request, e);
      response = FakeResponse.json(500, "{\"error\":\"fake handler failed: " + e.getClass().getSimpleName() + "\"}");
    }
    return fault == null ? toMock(response).build() : faulty(fault, response);
  }

  private void pause() {
    Duration d = latency;
    if (!d.isZero()) {
      try {
        Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static MockResponse.Builder toMock(FakeResponse response) {
    MockResponse.Builder b = new MockResponse.Builder().code(response.status());
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    return b.body(new Buffer().write(response.body()));
  }

  private static MockResponse faulty(Fault fault, @Nullable FakeResponse response) {
    switch (fault.kind) {
      case DISCONNECT_AFTER_REQUEST:
      case PROCESS_THEN_DISCONNECT:
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      case STATUS: {
        MockResponse.Builder b = new MockResponse.Builder().code(fault.status)
            .setHeader("Content-Type", "application/json").body("{}");
        if (fault.retryAfter != null) {
          b.setHeader("Retry-After", Long.toString(fault.retryAfter.getSeconds()));
        }
        return b.build();
      }
      case MALFORMED_BODY:
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
            .body("<html><body>502 Bad Gateway</body></html>").build();
      case TRUNCATED_BODY:
        return toMock(response).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
      case SLOW_BODY:
        return toMock(response).throttleBody(1, fault.duration.toNanos(), TimeUnit.NANOSECONDS).build();
      case DELAY:
        return toMock(response).headersDelay(fault.duration.toNanos(), TimeUnit.NANOSECONDS).build();
      case RESET:
        // closed abruptly once the request is read, without a response (MockWebServer gives no way
        // to set SO_LINGER 0, so the client may see a FIN or a RST: either way, no answer)
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
      case NEVER_ANSWER:
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
      case DRIP:
        return toMock(response).body(dripping(response.body(), fault.duration)).build();
      case ANSWER:
        return new MockResponse.Builder().code(fault.status).setHeader("Content-Type", fault.contentType)
            .body(new Buffer().write(fault.body)).build();
      case REWRITE:
        return toMock(response).body(new Buffer().write(fault.rewrite.apply(response.body()))).build();
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  /** A body written one byte per {@code perByte}, flushed each time. */
  private static mockwebserver3.MockResponseBody dripping(byte[] bytes, Duration perByte) {
    return new mockwebserver3.MockResponseBody() {
      @Override
      public long getContentLength() {
        return bytes.length;
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        for (byte b : bytes) {
          sink.writeByte(b).flush();
          try {
            Thread.sleep(perByte.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("drip interrupted");
          }
        }
      }
    };
  }

  /** Stops listening and the callback sender. */
  @Override
  public void close() {
    callbacks.close();
    server.close();
  }

  /**
   * Server sockets whose connections send without Nagle's delay: MockWebServer writes headers and
   * body separately, and the second write would otherwise wait for the client's delayed ACK (40 ms
   * per call on Linux), which no real vendor does.
   */
  private static final class NoDelayServerSockets extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws IOException {
      return new NoDelayServerSocket();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) throws IOException {
      java.net.ServerSocket s = new NoDelayServerSocket();
      s.bind(new java.net.InetSocketAddress(port));
      return s;
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
      java.net.ServerSocket s = new NoDelayServerSocket();
      s.bind(new java.net.InetSocketAddress(port), backlog);
      return s;
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      java.net.ServerSocket s = new NoDelayServerSocket();
      s.bind(new java.net.InetSocketAddress(address, port), backlog);
      return s;
    }
  }

  private static final class NoDelayServerSocket extends java.net.ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public java.net.Socket accept() throws IOException {
      java.net.Socket s = super.accept();
      s.setTcpNoDelay(true);
      return s;
    }
  }

  /**
   * Headers helper for subclasses.
   *
   * @param headers the headers
   * @param name the header name, case-insensitive
   * @return headers helper for subclasses
   */
  protected static @Nullable String header(Headers headers, String name) {
    return headers.get(name);
  }
}
