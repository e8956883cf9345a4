package io.github.ampark.core.spi;

import io.github.ampark.core.LogLevel;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.callback.CallbackObservation;
import io.github.ampark.core.callback.CallbackReply;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ClientConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.SocketFactory;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The shared pipeline under one vendor client (for module authors): an OkHttp client with
 * Ampark's interceptors (retry by idempotency, User-Agent and signing, redacted logging), a
 * Retrofit instance whose methods return {@link AmparkCall}, Jackson, and the raw escape hatch.
 *
 * <pre>{@code
 * ClientRuntime runtime = ClientRuntime.create(config, spec);
 * PowerService power = runtime.create(PowerService.class);   // interface with Retrofit's annotations
 * RawResponse r = runtime.execute(RawRequest.post("rest/Power/query").form(fields).build());
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} releases the OkHttp client if Ampark created it; a client the
 * caller supplied is never closed. {@link #derive(VendorSpec)} gives a runtime for other
 * credentials or another host sharing the same connection pool.
 */
public final class ClientRuntime implements AutoCloseable {
  private final ClientConfig config;
  private final VendorSpec spec;
  private final HttpUrl baseUrl;
  private final OkHttpClient base;
  private final boolean root;
  private final boolean ownsBase;
  private final AtomicBoolean closed;
  private final Timers timers;
  private final OkHttpClient client;
  private final Redactor redactor;
  private volatile @Nullable Retrofit retrofit; // only for methods RequestTemplate does not cover
  private final Exchange exchange;

  private ClientRuntime(
      ClientConfig config,
      VendorSpec spec,
      OkHttpClient base,
      boolean root,
      boolean ownsBase,
      AtomicBoolean closed,
      Timers timers) {
    this.config = config;
    this.root = root;
    this.spec = spec;
    this.baseUrl = config.baseUrl() != null ? config.baseUrl() : spec.defaultBaseUrl();
    this.base = base;
    this.ownsBase = ownsBase;
    this.closed = closed;
    this.timers = timers;
    List<String> sensitive = new ArrayList<>(config.sensitiveFields());
    sensitive.addAll(spec.sensitiveFields());
    Redactor r = Redactor.of(sensitive, spec.secrets());
    this.redactor = spec.logBodyView() == null ? r : r.withBodyView(spec.logBodyView());
    // resolved by the first line logged: a client that logs nothing never starts SLF4J
    LazyLogger log = new LazyLogger("io.github.ampark.http." + spec.name());
    // OkHttp's own silent retry on connection failure may resend a request the vendor already read
    // (an UNSAFE or keyed one); retries are RetryInterceptor's business, by idempotency class.
    OkHttpClient.Builder b = base.newBuilder().retryOnConnectionFailure(false)
        .callTimeout(config.callDeadline().toMillis(), TimeUnit.MILLISECONDS);
    if (config.connectTimeout() != null) {
      b.connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (config.readTimeout() != null) {
      b.readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (config.writeTimeout() != null) {
      b.writeTimeout(config.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
    b.addInterceptor(new RetryInterceptor(spec.name(), config.retryPolicy(), config.callDeadline(), log, config.logLevel(),
            config.listener() != null || config.mdc()))
            .addInterceptor(new SigningInterceptor(spec.name(), config.userAgent(), spec.signer()))
            .addNetworkInterceptor(new NetworkMarkerInterceptor());
    if (config.logLevel() != LogLevel.NONE) { // with NONE it would only pass calls on
      b.addInterceptor(new LoggingInterceptor(log, config.logLevel(), redactor));
    }
    this.client = b.build();
    this.exchange = new Exchange(this);
  }

  /** Retrofit, built for the first service method a {@link RequestTemplate} does not cover. */
  private Retrofit retrofit() {
    Retrofit r = retrofit;
    if (r == null) {
      synchronized (this) {
        r = retrofit;
        if (r == null) {
          r = new Retrofit.Builder()
              .baseUrl(baseUrl)
              .callFactory(new RequestOnlyCallFactory(client))
              .addCallAdapterFactory(new AmparkCallAdapterFactory(this))
              .addConverterFactory(JacksonConverterFactory.create(spec.mapper()))
              .build();
          retrofit = r;
        }
      }
    }
    return r;
  }

  /**
   * A runtime that owns its OkHttp client unless {@code config} supplied one.
   *
   * @param config the client's settings
   * @param spec the vendor's plug-ins
   * @return a runtime that owns its OkHttp client unless {@code config} supplied one
   */
  public static ClientRuntime create(ClientConfig config, VendorSpec spec) {
    RuntimeCompatibility.check(spec.name()); // Jackson, OkHttp, Kotlin stdlib floors: README "Compatibility"
    OkHttpClient supplied = config.httpClient();
    OkHttpClient base = supplied != null ? supplied
        : new OkHttpClient.Builder().dispatcher(dispatcher())
            // OkHttp keeps 5 idle connections by default: under 64 concurrent calls every other call
            // would open (and the pool close) a connection
            .connectionPool(new okhttp3.ConnectionPool(MAX_ASYNC_PER_HOST, 5, TimeUnit.MINUTES))
            // Nagle off: a body longer than one segment otherwise waits for the server's delayed ACK
            .socketFactory(new NoDelaySocketFactory(SocketFactory.getDefault()))
            .build();
    return new ClientRuntime(config, spec, base, true, supplied == null, new AtomicBoolean(), new Timers(spec.name()));
  }

  /**
   * OkHttp's default dispatcher runs at most 5 asynchronous calls per host. A vendor client talks
   * to one or two hosts, so that default would silently cap async fan-out (parallel batch syncs,
   * {@code executeAsync} in a loop); ours allows {@value #MAX_ASYNC_PER_HOST}. A caller-supplied
   * client keeps its own dispatcher.
   */
  private static Dispatcher dispatcher() {
    Dispatcher d = new Dispatcher();
    d.setMaxRequests(2 * MAX_ASYNC_PER_HOST);
    d.setMaxRequestsPerHost(MAX_ASYNC_PER_HOST);
    return d;
  }

  /** Concurrent asynchronous calls per host on an OkHttp client Ampark creates. */
  public static final int MAX_ASYNC_PER_HOST = ClientConfig.MAX_ASYNC_PER_HOST;

  /**
   * A runtime for another spec (other credentials, another host) that shares this one's
   * connection pool and dispatcher. It is never the owner: closing it does nothing; closing this
   * runtime (if it owns the client) ends both.
   *
   * @param otherSpec the other vendor spec
   * @return the derived runtime
   */
  public ClientRuntime derive(VendorSpec otherSpec) {
    return new ClientRuntime(config, otherSpec, base, false, false, closed, timers);
  }

  /**
   * Like {@link #derive(VendorSpec)} with other client settings (timeouts, base URL) too.
   *
   * @param otherConfig settings; its {@code httpClient} is ignored in favour of the shared one
   * @param otherSpec the vendor spec
   * @return the derived runtime
   */
  public ClientRuntime derive(ClientConfig otherConfig, VendorSpec otherSpec) {
    return new ClientRuntime(otherConfig, otherSpec, base, false, false, closed, timers);
  }

  /**
   * An implementation of a service interface declared with Retrofit's annotations, whose methods
   * return {@link AmparkCall}. Each method is worked out once, on its first call: the requests of
   * {@code @GET}/{@code @POST} methods with {@code @FormUrlEncoded}/{@code @FieldMap}, {@code
   * @QueryMap}, {@code @Query} and {@code @Body} parameters are then built directly, byte for byte
   * as Retrofit builds them; a method using any other Retrofit feature is sent through Retrofit.
   *
   * @param service the interface
   * @param <T> its type
   * @return the implementation
   * @throws IllegalArgumentException if {@code service} is not an interface
   */
  public <T> T create(Class<T> service) {
    return CompiledService.create(this, service, () -> retrofit().create(service));
  }

  /**
   * Sends a raw request through the pipeline.
   *
   * @param request the request
   * @return the decoded envelope
   */
  public RawResponse execute(RawRequest request) {
    return exchange.execute(toOkHttp(request), info(request), request.tags().isEmpty(), rawType(), Exchange.NO_DEADLINE);
  }

  /**
   * Sends a raw request on OkHttp's dispatcher.
   *
   * @param request the request
   * @return the decoded envelope, eventually
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return exchange.executeAsync(
        toOkHttp(request), info(request), request.tags().isEmpty(), rawType(), Exchange.NO_DEADLINE);
  }

  private JavaType rawType() {
    return TypeFactory.defaultInstance().constructType(RawResponse.class);
  }

  /** What a raw request is: handed to the exchange with it, not tagged on it (see {@link CallInfo}). */
  private CallInfo info(RawRequest raw) {
    return new CallInfo(spec.name(), raw.operation(), raw.idempotency(), null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Request toOkHttp(RawRequest raw) {
    HttpUrl resolved = baseUrl.resolve(raw.path());
    if (resolved == null) {
      throw new io.github.ampark.core.ValidationException("path", "cannot be resolved against " + baseUrl);
    }
    HttpUrl.Builder url = resolved.newBuilder();
    for (String[] q : raw.query()) {
      url.addQueryParameter(q[0], q[1]);
    }
    byte[] body = raw.body();
    RequestBody rb = body == null ? null : new BytesBody(body, raw.contentType(), false);
    Request.Builder b = new Request.Builder().url(url.build()).method(raw.method(), rb);
    for (Map.Entry<String, String> h : raw.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<Class<?>, Object> t : raw.tags().entrySet()) {
      b.tag((Class) t.getKey(), t.getValue());
    }
    return b.build();
  }

  /**
   * Runs a vendor callback's handling under observation: the client's {@link
   * ClientConfig#listener() listener} is told how the delivery was answered (handled, duplicate,
   * busy, refused, failed), with no per-vendor code beyond this one call around the body of {@code
   * XxxCallbacks.handle}:
   *
   * <pre>{@code
   * public CallbackReply handle(CallbackRequest request, XxxHandler handler) {
   *   return runtime.observeCallback("order", () -> { ... verify, guard.handleOnce(...) ... });
   * }
   * }</pre>
   *
   * Same as {@link CallbackObservation#observe CallbackObservation.observe(config().listener(),
   * vendor(), kind, handling)}; with no listener it just runs {@code handling}.
   *
   * @param kind the kind of callback (few values: {@code order}, {@code gateway}, …), a metric tag
   * @param handling the handling, returning the reply
   * @return the reply {@code handling} returned
   */
  public CallbackReply observeCallback(String kind, java.util.function.Supplier<CallbackReply> handling) {
    return CallbackObservation.observe(config.listener(), spec.name(), kind, handling);
  }

  Exchange exchange() {
    return exchange;
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new AmparkException(spec.name(), null, "[" + spec.name() + "] the client is closed", null);
    }
  }

  /**
   * The vendor module's name, e.g. {@code wikeyun}, as used in logs, metrics and exceptions.
   *
   * @return the vendor name
   */
  public String vendor() {
    return spec.name();
  }

  /**
   * What the vendor module declared: name, default base URL, signer, envelope decoder, secrets to
   * mask.
   *
   * @return the vendor spec
   */
  public VendorSpec spec() {
    return spec;
  }

  /**
   * The client's vendor-independent settings (timeouts, deadline, retries, logging).
   *
   * @return the client settings
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * The base URL requests resolve against.
   *
   * @return the base URL requests resolve against
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The Jackson mapper that reads and writes this client's bodies (shared; do not reconfigure it).
   *
   * @return the Jackson mapper
   */
  public ObjectMapper mapper() {
    return spec.mapper();
  }

  /**
   * The redactor for this client's secrets and sensitive fields.
   *
   * @return the redactor for this client's secrets and sensitive fields
   */
  public Redactor redactor() {
    return redactor;
  }

  /**
   * The OkHttp client with Ampark's interceptors (shares the pool).
   *
   * @return the OkHttp client with Ampark's interceptors (shares the pool)
   */
  public OkHttpClient httpClient() {
    return client;
  }

  /**
   * Whether {@link #close()} has been called on the owning runtime.
   *
   * @return whether {@link #close()} has been called on the owning runtime
   */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Ends this runtime and the runtimes derived from it. Releases the OkHttp client if this runtime
   * created it (dispatcher threads, pooled connections); a caller-supplied client is left alone.
   * Idempotent. On a derived runtime it does nothing.
   */
  @Override
  public void close() {
    if (!root) {
      return;
    }
    if (closed.compareAndSet(false, true)) {
      timers.shutdown();
      if (ownsBase) {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
      }
    }
  }

  /**
   * Runs {@code task} after {@code delayNanos} on a single timer thread shared by this runtime and
   * its derived runtimes, created on first use and stopped by {@link #close()}. For waits inside a
   * call (a reconciliation's settle delay) that must not block a dispatcher thread. The task must be
   * short: it should start asynchronous work, not do it. A task still waiting when the runtime
   * closes runs at once, on the closing thread, so that nothing waits on it forever.
   *
   * @param delayNanos the wait
   * @param task what to run
   * @throws io.github.ampark.core.AmparkException if the runtime is closed
   */
  public void schedule(long delayNanos, Runnable task) {
    timers.schedule(delayNanos, task);
  }

  /** The lazily started timer of a root runtime and its derived runtimes. */
  private static final class Timers {
    private final String vendor;
    private final java.util.Set<Once> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private java.util.concurrent.ScheduledThreadPoolExecutor executor;
    private boolean shutdown;

    Timers(String vendor) {
      this.vendor = vendor;
    }

    void schedule(long delayNanos, Runnable task) {
      Once once = new Once(task, pending);
      synchronized (this) {
        if (shutdown) {
          throw new AmparkException(vendor, null, "[" + vendor + "] the client is closed", null);
        }
        if (executor == null) {
          executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ampark-" + vendor + "-timer");
            t.setDaemon(true);
            return t;
          });
          executor.setRemoveOnCancelPolicy(true);
        }
        pending.add(once);
        executor.schedule(once, delayNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
      }
    }

    void shutdown() {
      synchronized (this) {
        shutdown = true;
        if (executor != null) {
          executor.shutdownNow();
        }
      }
      // Whatever waits on a task still pending must not wait forever: run it now (it finds the
      // client closed and fails its call).
      for (Once once : new java.util.ArrayList<>(pending)) {
        once.run();
      }
    }
  }

  /** A task that runs at most once, whether its timer fires or the runtime closes first. */
  private static final class Once implements Runnable {
    private final Runnable task;
    private final java.util.Set<Once> pending;
    private final AtomicBoolean ran = new AtomicBoolean();

    Once(Runnable task, java.util.Set<Once> pending) {
      this.task = task;
      this.pending = pending;
    }

    @Override
    public void run() {
      if (ran.compareAndSet(false, true)) {
        pending.remove(this);
        try {
          task.run();
        } catch (RuntimeException e) {
          LoggerFactory.getLogger(ClientRuntime.class).warn("a scheduled task failed", e);
        }
      }
    }
  }
}
