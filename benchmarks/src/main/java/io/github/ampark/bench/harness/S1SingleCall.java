package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * S1: one thread, one call after another, per vendor and contender, each in its own JVM against
 * the same loopback server process. Reports throughput, client CPU per call (this process only),
 * server CPU per call (the server process) and connections opened.
 *
 * <p>With {@code rounds} above 1, each contender runs once per round in a fresh JVM and a vendor's
 * contenders are interleaved, in the listed order in odd rounds and reversed in even ones (ABBA), so
 * a machine that drifts during the run weighs on every contender alike; the row reports each
 * metric's median over the rounds and the client CPU of every round. One JVM's reading varies with
 * its JIT's choices (the same OkHttp engine work read 30 µs in one run and 42 µs in the next), and a
 * ratio of two single runs carried that variance twice.
 *
 * <p>Each child first warms for at least {@code warmupSeconds} and at least {@code warmupCalls}
 * calls ({@link WarmUp}: C2 counts calls, and a 1 ms call makes a tenth of the calls of the others in
 * the same seconds), then keeps calling until its JIT compiler is quiet ({@link JitSettle}, at most
 * {@code settleMaxSeconds} more); the warm-up's calls and seconds, the seconds to a quiet compiler
 * and the compiler time by then are reported beside the measurement.
 *
 * <p>A round whose window the hypervisor took 5 % or more of the machine from is measured again
 * while the vendor's budget lasts ({@link StealRetry}).
 *
 * <p>Args: {@code warmupSeconds measureSeconds [rounds [settleMaxSeconds [stealRetries [warmupCalls]]]]}
 * (rounds default to 1, the settle cap to 0: the warm-up only, the steal budget to 0: never again,
 * the warm-up's calls to 0: seconds only).
 */
public final class S1SingleCall {
  /** The flags of every S1 and S1P child JVM; both scenarios must run their contenders alike. */
  static final List<String> JVM_ARGS = List.of("-Xmx256m", "-XX:+UseParallelGC");

  private S1SingleCall() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
          args.length > 6 ? Integer.parseInt(args[6]) : 0, args.length > 7 ? Long.parseLong(args[7]) : 0);
      return;
    }
    int warmup = Integer.parseInt(args[0]);
    int measure = Integer.parseInt(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int settleMax = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    StealRetry steal = new StealRetry(args.length > 4 ? Integer.parseInt(args[4]) : 0, StealRetry::ofRun, "window");
    long warmupCalls = args.length > 5 ? Long.parseLong(args[5]) : 0;
    Results results = new Results("s1-single-call").setting("warmupSeconds", warmup)
        .setting("warmupCalls", warmupCalls == 0 ? "none" : String.format(java.util.Locale.ROOT,
            "at least %,d calls as well as the seconds, at most %d s in all", warmupCalls, WarmUp.CAP_SECONDS))
        .setting("measureSeconds", measure)
        .setting("rounds", rounds).setting("threads", 1)
        .setting("jitSettle", settleMax == 0 ? "none" : "after the warm-up, 1 s slices of calls until two in a row compile for at most "
            + JitSettle.QUIET_MILLIS + " ms, at most " + settleMax + " s; a window in which the compiler spent more than "
            + JitSettle.QUIET_MILLIS + " ms per second is measured again, at most " + JitSettle.WINDOW_RETRIES + " times more")
        .setting("jvm", String.join(" ", JVM_ARGS) + ", one JVM per contender and round"
            + (rounds > 1 ? "; a vendor's contenders interleaved, reversed every other round; medians over the rounds" : ""))
        .setting("stealRetry", steal.describe());
    System.out.println("S1 single call: warm-up " + warmup + " s and " + warmupCalls + " calls, measure " + measure + " s per contender, " + rounds + " round(s)");
    try (ServerProcess server = ServerProcess.start(0)) {
      ServerWarmup warmup1 = new ServerWarmup(server, warmup);
      results.setting("serverWarmup", warmup1.describe());
      Map<String, Map<String, List<Map<String, Object>>>> runs = Rounds.forkPerVendor(server, warmup1, rounds, steal,
          JVM_ARGS, S1SingleCall.class, Integer.toString(warmup), Integer.toString(measure),
          Integer.toString(settleMax), Long.toString(warmupCalls));
      for (Map.Entry<String, Map<String, List<Map<String, Object>>>> v : runs.entrySet()) {
        for (Map.Entry<String, List<Map<String, Object>>> c : v.getValue().entrySet()) {
          Map<String, Object> row = summarize(c.getValue());
          row.put("vendor", v.getKey());
          row.put("contender", c.getKey());
          results.add(row);
        }
      }
    }
    results.setting("stealRetriesUsed", steal.used());
    results.write();
  }

  /**
   * Metrics of the rounds folded into one row: the median of each, every round's client CPU and
   * steal (and the steal of attempts it replaced, {@link StealRetry}), how many rounds reached a
   * quiet JIT; or the first error.
   */
  static Map<String, Object> summarize(List<Map<String, Object>> runs) {
    Map<String, Object> row = Rounds.fold(runs, "clientCpuMicrosPerCall",
        "calls", "throughputPerSec", "clientCpuMicrosPerCall", "callingThreadCpuMicrosPerCall", "serverCpuMicrosPerCall",
        "connectionsOpened", "warmupCalls", "warmupSeconds", "settleSeconds", "jitMillis");
    if (!row.containsKey("error")) {
      row.put("roundsJitQuiet", JitSettle.quietRounds(runs));
      row.put("roundsWarmupReached", Rounds.countTrue(runs, "warmupReached"));
      row.put("stealPercentByRound", Rounds.each(runs, "stealPercent"));
      row.put(StealRetry.KEY + "ByRound", Rounds.each(runs, StealRetry.KEY));
      row.put("windowJitMillisByRound", Rounds.each(runs, "windowJitMillis"));
    }
    return row;
  }

  static void child(String baseUrl, String vendor, String name, int warmup, int measure, int settleMax, long warmupCalls)
      throws Exception {
    try (ServerProcess.Remote server = new ServerProcess.Remote(baseUrl); Contender c = Contenders.create(vendor, name, baseUrl)) {
      Map<String, Object> warm = warm(c, warmup, warmupCalls, settleMax);
      JitSettle.Window<Map<String, Object>> w = JitSettle.quietWindow(JitSettle::compilerMillis, () -> window(c, server, measure), measure);
      Map<String, Object> row = w.kept;
      row.putAll(warm);
      row.put("windowJitMillis", w.compilerMillisByWindow); // each window run, the kept one last
      Fork.emit(row);
    }
  }

  /**
   * An S1 (and S1P) child's warm-up: {@link WarmUp} for at least {@code warmup} seconds and
   * {@code warmupCalls} calls, then calls until the JIT compiler is quiet ({@link JitSettle}, at most
   * {@code settleMax} s). Returns what both recorded, and the compiler's milliseconds by then.
   */
  static Map<String, Object> warm(Contender c, int warmup, long warmupCalls, int settleMax) throws Exception {
    WarmUp warm = WarmUp.run(c::call, warmup, warmupCalls);
    JitSettle.Outcome settle = JitSettle.inThisJvm(() -> loop(c, 1_000_000_000L), settleMax);
    Map<String, Object> row = Results.row();
    warm.record(row);
    JitSettle.record(row, settle, JitSettle.compilerMillis());
    return row;
  }

  /** One measurement window of {@code measure} seconds of calls: the row's per-call metrics and the steal (S1 and S1P). */
  static Map<String, Object> window(Contender c, ServerProcess.Remote server, int measure) throws Exception {
    server.reset(false);
    long[] ticks0 = Jvm.cpuTicks();
    long cpu0 = Jvm.processCpuNanos();
    long thread0 = Jvm.threadCpuNanos();
    long t0 = System.nanoTime();
    long n = loop(c, measure * 1_000_000_000L);
    long wall = System.nanoTime() - t0;
    long thread = Jvm.threadCpuNanos() - thread0;
    long cpu = Jvm.processCpuNanos() - cpu0;
    double steal = Jvm.stealPercent(ticks0, Jvm.cpuTicks());
    JsonNode st = server.stats();
    Map<String, Object> row = Results.row(
        "calls", n,
        "throughputPerSec", Math.round(n * 1e9 / wall),
        "clientCpuMicrosPerCall", round1(cpu / 1000.0 / n),
        // the rest is other threads: OkHttp's (Okio's timeout watchdog, the pool's closer), GC, JIT
        "callingThreadCpuMicrosPerCall", round1(thread / 1000.0 / n),
        "serverCpuMicrosPerCall", round1(st.path("cpuNanos").asLong() / 1000.0 / n),
        "connectionsOpened", st.path("connections").asLong());
    row.put("stealPercent", steal); // the hypervisor's share of the machine while measuring
    return row;
  }

  static long loop(Contender c, long nanos) throws Exception {
    long end = System.nanoTime() + nanos;
    long n = 0;
    while (System.nanoTime() < end) {
      c.call();
      n++;
    }
    return n;
  }

  static double round1(double v) {
    return Rounds.round1(v);
  }

  static String describe(String[] id) {
    return Arrays.toString(id);
  }
}
