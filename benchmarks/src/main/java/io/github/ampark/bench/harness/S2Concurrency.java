package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * S2: 1, 8 and 64 threads calling at once, per vendor and contender (one JVM per contender).
 * Reports throughput, p50/p99 latency, and the connections the server saw opened.
 *
 * <p>Args: {@code warmupSeconds measureSeconds}.
 */
public final class S2Concurrency {
  static final int[] THREADS = {1, 8, 64};

  private S2Concurrency() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      return;
    }
    int warmup = Integer.parseInt(args[0]);
    int measure = Integer.parseInt(args[1]);
    Results results = new Results("s2-concurrency").setting("warmupSeconds", warmup).setting("measureSeconds", measure)
        .setting("threads", Arrays.toString(THREADS)).setting("jvm", "-Xmx512m -XX:+UseParallelGC, one JVM per contender");
    System.out.println("S2 concurrency: threads " + Arrays.toString(THREADS) + ", " + measure + " s each");
    try (ServerProcess server = ServerProcess.start(0)) {
      ServerWarmup warmup1 = new ServerWarmup(server, warmup);
      results.setting("serverWarmup", warmup1.describe());
      for (String[] id : Contenders.ids()) {
        warmup1.before(id[0]);
        Map<String, Object> out = Fork.run(List.of("-Xmx512m", "-XX:+UseParallelGC"), S2Concurrency.class,
            "--child", server.baseUrl(), id[0], id[1], Integer.toString(warmup), Integer.toString(measure));
        if (out.containsKey("error")) {
          out.put("vendor", id[0]);
          out.put("contender", id[1]);
          results.add(out);
          continue;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) out.get("rows");
        for (Map<String, Object> row : rows) {
          Map<String, Object> r = Results.row("vendor", id[0], "contender", id[1]);
          r.putAll(row);
          results.add(r);
        }
      }
    }
    results.write();
  }

  static void child(String baseUrl, String vendor, String name, int warmup, int measure) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ServerProcess.Remote server = new ServerProcess.Remote(baseUrl); Contender c = Contenders.create(vendor, name, baseUrl)) {
      for (int threads : THREADS) {
        run(c, threads, warmup);
        server.reset(false);
        long t0 = System.nanoTime();
        long[] latencies = run(c, threads, measure);
        long wall = System.nanoTime() - t0;
        JsonNode st = server.stats();
        Arrays.sort(latencies);
        rows.add(Results.row(
            "threads", threads,
            "calls", latencies.length,
            "throughputPerSec", Math.round(latencies.length * 1e9 / wall),
            "p50Micros", percentile(latencies, 50) / 1000,
            "p99Micros", percentile(latencies, 99) / 1000,
            "connectionsOpened", st.path("connections").asLong()));
      }
    }
    Fork.emit(Results.row("rows", rows));
  }

  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Runs {@code threads} callers for {@code seconds}; returns every call's latency in ns. */
  static long[] run(Contender c, int threads, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] perThread = new long[threads][];
    int[] counts = new int[threads];
    AtomicReference<Exception> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      int idx = t;
      Thread th = new Thread(() -> {
        long[] lat = new long[4096];
        int n = 0;
        try {
          while (System.nanoTime() < end && failure.get() == null) {
            long s = System.nanoTime();
            c.call();
            if (n == lat.length) {
              lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - s;
          }
        } catch (Exception e) {
          failure.compareAndSet(null, e);
        } finally {
          perThread[idx] = lat;
          counts[idx] = n;
          done.countDown();
        }
      });
      th.start();
    }
    done.await();
    if (failure.get() != null) {
      throw failure.get();
    }
    int total = 0;
    for (int n : counts) {
      total += n;
    }
    long[] all = new long[total];
    int off = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(perThread[t], 0, all, off, counts[t]);
      off += counts[t];
    }
    return all;
  }
}
