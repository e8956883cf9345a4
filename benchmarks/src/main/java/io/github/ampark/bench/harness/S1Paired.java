package io.github.ampark.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * S1, paired: Ampark and raw OkHttp for one vendor alive in two JVMs at once, each calling on one
 * thread, measured in alternating windows, so that each Ampark window's client CPU per call has a raw
 * OkHttp window's beside it in time. S1's CPU target (issue 16: at most 1.10× raw OkHttp for every
 * vendor) reads this scenario's ratio: the median, over every pair of adjacent windows, of Ampark's
 * client CPU per call over raw OkHttp's.
 *
 * <p>Why: S1 runs one JVM after another, minutes apart, and the CPU one call costs moves with the
 * machine under it. Yinli's call is about 1 ms of the same AES and RSA-2048 work in both contenders
 * (S5), yet its rounds read Ampark 1,028–1,197 µs against raw OkHttp 1,107–1,423 in one full run
 * (2026-12-02 03:41) and Ampark 1,128–1,382 against 1,078–1,139 in the next (13:09), so its ratio read
 * 0.87× and then 1.22× with no change to the code; the difference of what each side does on top of
 * that work is a few tens of µs (docs/benchmarks.md, "What the difference is the cost of"). S2P
 * solved the same drift for throughput; this does it for CPU per call. Each round is a fresh pair of
 * JVMs and the JVM started first swaps by round, as in S2P; the control pair, raw OkHttp against
 * itself, shows the method's resolution on the machine of the run.
 *
 * <p>In each round: the first JVM warms as S1's children do ({@link WarmUp}: at least
 * {@code warmupSeconds} and {@code warmupCalls} calls, then calls until its JIT compiler is quiet,
 * {@link JitSettle}, at most {@code settleMaxSeconds}), then the second does; then {@code slices}
 * pairs of {@code measureSeconds} windows are taken in ABBA order. The JVM not measuring is idle. Each
 * window is S1's ({@link S1SingleCall#window}): the process's CPU over the calls it made.
 *
 * <p>Args: {@code warmupSeconds warmupCalls measureSeconds slices rounds settleMaxSeconds [controlVendor]}.
 */
public final class S1Paired {
  /** S1 is one thread: its rows are folded as the 1-thread row of a pair. */
  static final int[] ONE_THREAD = {1};

  private S1Paired() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3]);
      return;
    }
    int warmup = Integer.parseInt(args[0]);
    long warmupCalls = Long.parseLong(args[1]);
    int measure = Integer.parseInt(args[2]);
    int slices = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    int settleMax = Integer.parseInt(args[5]);
    String control = args.length > 6 ? args[6] : null;
    Results results = new Results("s1-paired").setting("warmupSeconds", warmup)
        .setting("warmupCalls", String.format(Locale.ROOT, "at least %,d calls as well as the seconds, at most %d s in all",
            warmupCalls, WarmUp.CAP_SECONDS))
        .setting("measureSeconds", measure).setting("slices", slices).setting("rounds", rounds).setting("threads", 1)
        .setting("jitSettle", "after the warm-up, 1 s slices of calls until two in a row compile for at most "
            + JitSettle.QUIET_MILLIS + " ms, at most " + settleMax + " s, in each JVM before its first window")
        .setting("jvm", String.join(" ", S1SingleCall.JVM_ARGS) + "; two JVMs alive at once per vendor and round, windows in"
            + " ABBA order, the JVM started first alternating by round")
        .setting("control", control == null ? "none" : control + " raw OkHttp against itself");
    System.out.println("S1 paired: warm-up " + warmup + " s and " + warmupCalls + " calls, " + slices + " pairs of " + measure
        + " s windows, " + rounds + " round(s), JIT settle at most " + settleMax + " s");
    try (ServerProcess server = ServerProcess.start(0)) {
      ServerWarmup serverWarmup = new ServerWarmup(server, warmup);
      results.setting("serverWarmup", serverWarmup.describe());
      for (S2Paired.Pair p : pairs(control)) {
        serverWarmup.before(p.vendor);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          runs.add(round(server, p, S2Paired.contenderFirst(r), warmup + " " + warmupCalls + " " + settleMax, measure, slices));
        }
        for (Map<String, Object> row : fold(runs)) {
          Map<String, Object> out = Results.row("vendor", p.vendor, "contender", p.contender, "against", p.against);
          out.putAll(row);
          results.add(out);
        }
      }
    }
    results.write();
  }

  /** Ampark against raw OkHttp for every vendor that has both, then the control (when not null). */
  static List<S2Paired.Pair> pairs(String control) {
    List<S2Paired.Pair> pairs = new ArrayList<>();
    for (String vendor : S2Paired.vendors()) {
      pairs.add(new S2Paired.Pair(vendor, S2Paired.CONTENDER, S2Paired.AGAINST, ONE_THREAD));
    }
    if (control != null) {
      pairs.add(new S2Paired.Pair(control, S2Paired.AGAINST, S2Paired.AGAINST, ONE_THREAD));
    }
    return pairs;
  }

  /**
   * The rounds of one pair folded into one row ({@link S2Paired#fold}): {@code ratio} is the median
   * over every pair of windows of the contender's client CPU per call over the other's, and the
   * medians of both sides are {@code clientCpuMicrosPerCall} and {@code againstClientCpuMicrosPerCall}.
   */
  static List<Map<String, Object>> fold(List<Map<String, Object>> rounds) {
    return S2Paired.fold(rounds, ONE_THREAD, "clientCpuMicrosPerCall", "againstClientCpuMicrosPerCall", Rounds::round1);
  }

  /**
   * One round: both JVMs warmed in turn, then the pairs of windows. Returns {@code first} and
   * {@code t1}: {@code contender} and {@code against}, each window's client CPU per call in pair
   * order, and {@code steal}, the larger steal percentage of each pair's two windows; or {@code error}.
   */
  static Map<String, Object> round(ServerProcess server, S2Paired.Pair p, boolean contenderFirst, String warm, int measure,
      int slices) {
    Map<String, Object> out = Results.row("first", contenderFirst ? "contender" : "against");
    try (S2Paired.Child first = new S2Paired.Child(server.baseUrl(), p.vendor, contenderFirst ? p.contender : p.against,
        S1SingleCall.JVM_ARGS, S1Paired.class)) {
      first.ask("warm " + warm);
      try (S2Paired.Child second = new S2Paired.Child(server.baseUrl(), p.vendor, contenderFirst ? p.against : p.contender,
          S1SingleCall.JVM_ARGS, S1Paired.class)) {
        second.ask("warm " + warm);
        out.put("t1", S2Paired.windows(first, second, contenderFirst ? first : second, slices, "measure " + measure,
            "clientCpuMicrosPerCall"));
      }
    } catch (Exception e) {
      out.put("error", String.valueOf(e.getMessage()));
    }
    return out;
  }

  /**
   * The child: {@code warm seconds calls settleMax} (S1's warm-up, then calls until the compiler is
   * quiet) and {@code measure seconds} (one S1 window).
   */
  static void child(String baseUrl, String vendor, String name) throws Exception {
    S2Paired.serve(baseUrl, vendor, name, (c, server, cmd) -> {
      switch (cmd[0]) {
        case "warm":
          return S1SingleCall.warm(c, Integer.parseInt(cmd[1]), Long.parseLong(cmd[2]), Integer.parseInt(cmd[3]));
        case "measure":
          return S1SingleCall.window(c, server, Integer.parseInt(cmd[1]));
        default:
          throw new IllegalArgumentException("unknown command " + cmd[0]);
      }
    });
  }
}
