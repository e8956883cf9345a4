package io.github.ampark.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.testkit.FakeServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 64 threads × 500 calls against each vendor's fake, half of them asynchronous: no error, the fake
 * saw exactly one request per call, and after {@code close()} neither a dispatcher or timer thread
 * nor a pooled connection of the client remains.
 */
class LoadTest {
  static final int THREADS = 64;
  static final int CALLS_PER_THREAD = 500;

  /** One call, sync or async, of the vendor's load operation. */
  interface LoadCall<C> {
    Object run(C client, boolean async) throws Exception;
  }

  /** What one vendor's run saw. */
  static final class Run {
    final String vendor;
    final AtomicInteger errors = new AtomicInteger();
    final List<Throwable> firstErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
    int received;
    int pooledBeforeClose;
    int pooledAfterClose;
    long tookNanos;

    Run(String vendor) {
      this.vendor = vendor;
    }
  }

  /**
   * The vendors run at the same time (each its own fake, client and 64 threads), which keeps
   * the suite short; the thread check runs once every client is closed.
   */
  @Test
  void sixtyFourThreadsTimesFiveHundredCallsPerVendor() throws Exception {
    List<String> names = java.util.Arrays.asList("wikeyun", "4pyun", "bolink", "yinli", "wanzhuang");
    ExecutorService vendors = Executors.newFixedThreadPool(names.size());
    List<Future<Run>> runs = new ArrayList<>();
    for (String name : names) {
      runs.add(vendors.submit(() -> load(name)));
    }
    List<Run> done = new ArrayList<>();
    for (Future<Run> f : runs) {
      done.add(f.get(5, TimeUnit.MINUTES));
    }
    vendors.shutdown();
    for (Run r : done) {
      assertThat(r.firstErrors).as("%s: first errors", r.vendor).isEmpty();
      assertThat(r.errors).as("%s: errors", r.vendor).hasValue(0);
      assertThat(r.received).as("%s: requests the fake received", r.vendor).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(r.pooledBeforeClose).as("%s: pooled connections before close", r.vendor).isPositive();
      assertThat(r.pooledAfterClose).as("%s: pooled connections after close", r.vendor).isZero();
      report(r.vendor, r.tookNanos);
    }
    assertThat(threadsGoneWithin(Duration.ofSeconds(10))).as("SDK and OkHttp threads after close").isEmpty();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Run load(String name) throws Exception {
    Vendors.Vendor v = Vendors.ALL.stream().filter(x -> x.name.equals(name)).findFirst().get();
    Vendors.Op op = (Vendors.Op) v.ops.get(0);
    LoadCall call = loadCall(name);
    Run run = new Run(name);
    try (FakeServer fake = (FakeServer) v.fake.get()) {
      AutoCloseable client = (AutoCloseable) v.client.create(fake, fake.url(), Duration.ofSeconds(30));
      v.setup.accept(fake, client);
      fake.clearJournal();
      ClientRuntime runtime = runtimeOf(client);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            try {
              call.run(client, i % 2 == 1);
            } catch (Throwable e) {
              run.errors.incrementAndGet();
              if (run.firstErrors.size() < 3) {
                run.firstErrors.add(e);
              }
            }
          }
          return null;
        }));
      }
      long start = System.nanoTime();
      go.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
      run.tookNanos = System.nanoTime() - start;
      pool.shutdown();
      run.received = fake.journal(op.method, op.path).size();
      run.pooledBeforeClose = runtime.httpClient().connectionPool().connectionCount();
      client.close();
      run.pooledAfterClose = runtime.httpClient().connectionPool().connectionCount();
    }
    return run;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static LoadCall loadCall(String name) {
    switch (name) {
      case "wikeyun":
        return (LoadCall<io.github.ampark.wikeyun.WikeyunClient>) (c, async) -> {
          io.github.ampark.wikeyun.model.QueryOrderRequest q = io.github.ampark.wikeyun.model.QueryOrderRequest.byOrderNo("Q1");
          return async ? c.power().queryOrderAsync(q).join() : c.power().queryOrder(q);
        };
      case "4pyun":
        return (LoadCall<io.github.ampark.fourpyun.FourPyunClient>) (c, async) ->
            async ? c.payments().paymentStatusAsync("PP-1").join() : c.payments().paymentStatus("PP-1");
      case "bolink":
        return (LoadCall<io.github.ampark.bolink.BolinkClient>) (c, async) -> {
          io.github.ampark.bolink.model.QueryOrdersRequest q = io.github.ampark.bolink.model.QueryOrdersRequest.builder()
              .parkId(Vendors.BOLINK_PARK).startTime(java.time.Instant.now().minusSeconds(3600))
              .endTime(java.time.Instant.now().plusSeconds(3600)).build();
          return async ? c.orders().queryOrdersAsync(q).join() : c.orders().queryOrders(q);
        };
      case "yinli":
        return (LoadCall<io.github.ampark.yinli.YinliClient>) (c, async) -> {
          io.github.ampark.yinli.model.MeterReadingBatch b = io.github.ampark.yinli.model.MeterReadingBatch.of("MALL-001", "1.0",
              java.util.Arrays.asList(io.github.ampark.yinli.model.MeterReading.builder().deviceActualCode("DB-0001")
                  .readDate("2025-04").readNum(new java.math.BigDecimal("1.5")).build()));
          return async ? c.assets().pushMeterReadingsAsync(b).join() : c.assets().pushMeterReadings(b);
        };
      case "wanzhuang":
        return (LoadCall<io.github.ampark.wanzhuang.WanzhuangClient>) (c, async) -> {
          io.github.ampark.wanzhuang.model.DeviceRequest d = io.github.ampark.wanzhuang.model.DeviceRequest.of("D1");
          return async ? c.devices().findOneAsync(d).join() : c.devices().findOne(d);
        };
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** The client's runtime, found by reflection (vendor clients do not expose it), at most two fields deep. */
  static ClientRuntime runtimeOf(Object client) throws IllegalAccessException {
    ClientRuntime r = find(client, 2);
    if (r == null) {
      throw new AssertionError("no ClientRuntime in " + client.getClass());
    }
    return r;
  }

  private static ClientRuntime find(Object o, int depth) throws IllegalAccessException {
    for (Field f : o.getClass().getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
        continue;
      }
      f.setAccessible(true);
      Object v = f.get(o);
      if (v instanceof ClientRuntime) {
        return (ClientRuntime) v;
      }
      if (depth > 1 && v != null && v.getClass().getName().startsWith("io.github.ampark.")) {
        ClientRuntime r = find(v, depth - 1);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * Threads a client owns: OkHttp's dispatcher threads (renamed after the URL while they run a call)
   * and Ampark's timer. OkHttp's JVM-wide "OkHttp TaskRunner" threads are not a client's: they hold
   * no connection and retire after 60 s idle.
   */
  static List<String> sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(n -> n.startsWith("OkHttp Dispatcher") || n.startsWith("OkHttp http") || n.startsWith("ampark-"))
        .collect(Collectors.toList());
  }

  /** Polls (no fixed sleep decides the outcome) until the threads are gone or the time is up. */
  static List<String> threadsGoneWithin(Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    List<String> left = sdkThreads();
    while (!left.isEmpty() && System.nanoTime() < end) {
      Thread.sleep(50);
      left = sdkThreads();
    }
    return left;
  }

  static void report(String vendor, long tookNanos) throws IOException {
    Path out = Paths.get("target", "load.md");
    Files.createDirectories(out.getParent());
    if (!Files.exists(out)) {
      Files.write(out, ("Every vendor ran at the same time, each against its own fake in the same JVM (2 cores).\n\n"
          + "| vendor | calls | threads | wall ms | calls/s |\n|---|---|---|---|---|\n").getBytes(StandardCharsets.UTF_8));
    }
    long calls = (long) THREADS * CALLS_PER_THREAD;
    long ms = TimeUnit.NANOSECONDS.toMillis(tookNanos);
    String line = "| " + vendor + " | " + calls + " | " + THREADS + " | " + ms + " | " + (ms == 0 ? "-" : calls * 1000 / ms) + " |\n";
    Files.write(out, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
  }
}
