package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * S2: 1, 8 and 64 threads calling at once, per vendor and contender (one JVM per contender and
 * round, the thread counts one after another in it). Reports throughput, p50/p99 latency, and the
 * connections the server saw opened.
 *
 * <p>With {@code rounds} above 1, each contender runs once per round in a fresh JVM and a vendor's
 * contenders are interleaved, in the listed order in odd rounds and reversed in even ones (ABBA, as
 * S1 does; {@link Rounds}); each (vendor, contender, threads) row reports every metric's median over
 * the rounds and the throughput of every round. One contender's throughput moved by 30 % between
 * minutes on the shared 2-core machine (Wanzhuang Ampark at 8 threads read 0.79× raw OkHttp in one
 * run and 1.10× in the previous one, same code), and a ratio of two single runs carried that twice.
 *
 * <p>Before the first thread count, each child runs 8 threads until the JIT compiler is quiet
 * ({@link JitSettle}, at most {@code settleMaxSeconds}): the measurement is of the compiled code, and
 * the time it took to get there is reported beside it ({@code settleSeconds}, {@code jitMillis}).
 *
 * <p>A round whose 8- or 64-thread window had 5 % or more of the machine stolen by the hypervisor is
 * measured again, whole, while the vendor's budget lasts ({@link StealRetry}).
 *
 * <p>Args: {@code warmupSeconds measureSeconds [rounds [settleMaxSeconds [stealRetries]]]} (rounds
 * default to 1, the settle cap to 0, no settling, the steal budget to 0, never again); the warm-up
 * and the measurement are per thread count.
 */
public final class S2Concurrency {
  static final int[] THREADS = {1, 8, 64};

  /** The thread counts S2's targets read (issue 16: at least 0.90× raw OkHttp at 8 and at 64). */
  static final int[] TARGET_THREADS = {8, 64};

  /** Folded per (contender, threads) into medians over the rounds. */
  private static final String[] METRICS = {"calls", "throughputPerSec", "p50Micros", "p99Micros", "connectionsOpened",
      "settleSeconds", "jitMillis"};

  /** The thread count that runs until the JIT is quiet: enough callers to load both cores, as S2's 8. */
  static final int SETTLE_THREADS = 8;

  /** The flags of every S2 and S2P child JVM; both scenarios must run their contenders alike. */
  static final List<String> JVM_ARGS = List.of("-Xmx512m", "-XX:+UseParallelGC");

  private S2Concurrency() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
      return;
    }
    int warmup = Integer.parseInt(args[0]);
    int measure = Integer.parseInt(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int settleMax = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    StealRetry steal = new StealRetry(args.length > 4 ? Integer.parseInt(args[4]) : 0,
        run -> StealRetry.largestOfRows(run, TARGET_THREADS),
        TARGET_THREADS[0] + "- or " + TARGET_THREADS[1] + "-thread window (the ones the targets read)");
    Results results = new Results("s2-concurrency").setting("warmupSeconds", warmup).setting("measureSeconds", measure)
        .setting("rounds", rounds).setting("threads", Arrays.toString(THREADS))
        .setting("jitSettle", settleMax == 0 ? "none" : SETTLE_THREADS + " threads in 1 s slices until two in a row compile for at most "
            + JitSettle.QUIET_MILLIS + " ms, at most " + settleMax + " s, before the first thread count")
        .setting("jvm", String.join(" ", JVM_ARGS) + ", one JVM per contender and round"
            + (rounds > 1 ? "; a vendor's contenders interleaved, reversed every other round; medians over the rounds" : ""))
        .setting("stealRetry", steal.describe());
    System.out.println("S2 concurrency: threads " + Arrays.toString(THREADS) + ", warm-up " + warmup + " s, measure "
        + measure + " s each, " + rounds + " round(s), JIT settle at most " + settleMax + " s");
    try (ServerProcess server = ServerProcess.start(0)) {
      ServerWarmup warmup1 = new ServerWarmup(server, warmup);
      results.setting("serverWarmup", warmup1.describe());
      Map<String, Map<String, List<Map<String, Object>>>> runs = Rounds.forkPerVendor(server, warmup1, rounds, steal,
          JVM_ARGS, S2Concurrency.class, Integer.toString(warmup), Integer.toString(measure), Integer.toString(settleMax));
      for (Map.Entry<String, Map<String, List<Map<String, Object>>>> v : runs.entrySet()) {
        for (Map.Entry<String, List<Map<String, Object>>> c : v.getValue().entrySet()) {
          for (Map<String, Object> row : summarize(c.getValue())) {
            Map<String, Object> r = Results.row("vendor", v.getKey(), "contender", c.getKey());
            r.putAll(row);
            results.add(r);
          }
        }
      }
    }
    results.setting("stealRetriesUsed", steal.used());
    results.write();
  }

  /**
   * One contender's rounds (each a child's output: {@code rows}, one per thread count, or an
   * {@code error}) folded into one row per thread count, in {@link #THREADS} order: the median of
   * each metric over the rounds at that thread count, every round's throughput at it, and how many
   * rounds reached a quiet JIT ({@code roundsJitQuiet}). A failed round, or one without a row for a
   * thread count, fails the contender: one row with the first error.
   */
  static List<Map<String, Object>> summarize(List<Map<String, Object>> rounds) {
    for (Map<String, Object> round : rounds) {
      if (round.containsKey("error")) {
        return Collections.singletonList(Results.row("error", round.get("error")));
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int threads : THREADS) {
      List<Map<String, Object>> runs = new ArrayList<>();
      for (int i = 0; i < rounds.size(); i++) {
        Map<String, Object> run = rowFor(rounds.get(i), threads);
        if (run == null) {
          return Collections.singletonList(Results.row("error", "round " + (i + 1) + " has no row for " + threads + " threads"));
        }
        runs.add(run);
      }
      Map<String, Object> row = Results.row("threads", threads);
      row.putAll(Rounds.fold(runs, "throughputPerSec", METRICS));
      row.put("roundsJitQuiet", JitSettle.quietRounds(runs));
      row.put("stealPercentByRound", Rounds.each(runs, "stealPercent"));
      row.put(StealRetry.KEY + "ByRound", Rounds.each(rounds, StealRetry.KEY));
      out.add(row);
    }
    return out;
  }

  /** The child's row for {@code threads} in one round's output, or null. */
  static Map<String, Object> rowFor(Map<String, Object> round, int threads) {
    Object rows = round.get("rows");
    if (rows instanceof List) {
      for (Object r : (List<?>) rows) {
        if (r instanceof Map && ((Map<?, ?>) r).get("threads") instanceof Number
            && ((Number) ((Map<?, ?>) r).get("threads")).intValue() == threads) {
          @SuppressWarnings("unchecked")
          Map<String, Object> row = (Map<String, Object>) r;
          return row;
        }
      }
    }
    return null;
  }

  static void child(String baseUrl, String vendor, String name, int warmup, int measure, int settleMax) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ServerProcess.Remote server = new ServerProcess.Remote(baseUrl); Contender c = Contenders.create(vendor, name, baseUrl)) {
      JitSettle.Outcome settle = JitSettle.inThisJvm(() -> run(c, SETTLE_THREADS, 1), settleMax);
      long jitMillis = JitSettle.compilerMillis();
      for (int threads : THREADS) {
        run(c, threads, warmup);
        server.reset(false);
        long[] ticks0 = Jvm.cpuTicks();
        long t0 = System.nanoTime();
        long[] latencies = run(c, threads, measure);
        long wall = System.nanoTime() - t0;
        double steal = Jvm.stealPercent(ticks0, Jvm.cpuTicks());
        JsonNode st = server.stats();
        Arrays.sort(latencies);
        Map<String, Object> row = Results.row(
            "threads", threads,
            "calls", latencies.length,
            "throughputPerSec", Math.round(latencies.length * 1e9 / wall),
            "p50Micros", percentile(latencies, 50) / 1000,
            "p99Micros", percentile(latencies, 99) / 1000,
            "connectionsOpened", st.path("connections").asLong());
        JitSettle.record(row, settle, jitMillis);
        row.put("stealPercent", steal); // the hypervisor's share of the machine while measuring
        rows.add(row);
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
