package io.github.ampark.bench.harness;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;

/**
 * S2, paired: Ampark and raw OkHttp for one vendor alive in two JVMs at once, measured in
 * alternating windows, so that each Ampark window has a raw OkHttp window beside it in time. S2's
 * throughput target (issue 16: at least 0.90× raw OkHttp at 8 and at 64 threads) reads this
 * scenario's ratio: the median, over every pair of adjacent windows, of Ampark's calls/s over raw
 * OkHttp's.
 *
 * <p>Why: S2 runs one JVM after another, and on a shared 2-core host the same code's throughput
 * moved by a third to a half between two JVMs run a minute apart, with under 5 % steal: in one
 * probe every JVM's throughput rose from about 11,000 to about 20,000 calls/s over 30 s, both
 * contenders alike. A window of each contender taken seconds apart carries that drift to both
 * sides of the ratio. What pairing cannot remove, a JVM's own luck (its JIT, where its threads land),
 * is left to the rounds: each round is a fresh pair of JVMs, and which one is started, settled and
 * measured first alternates by round (in a probe at 64 threads the first-started of two raw OkHttp
 * JVMs read 1.0–2.4× the second in every window). The control pair, raw OkHttp against itself, shows
 * the resolution of the method on the machine of the run.
 *
 * <p>In each round: the first JVM starts and runs 8 threads until its JIT compiler is quiet
 * ({@link JitSettle}), then the second does; then for 8 and then 64 threads, each warms for
 * {@code warmupSeconds} and then {@code slices} pairs of {@code measureSeconds} windows are taken, in
 * ABBA order (first, second; second, first; …). The JVM not measuring is idle.
 *
 * <p>The target's other half, Ampark above the hutool demo style at 64 threads, is read the same way:
 * for every vendor with a hutool contender, Ampark and hutool are paired at 64 threads only. One JVM
 * after another (S2) put 4pyun's Ampark at 0.92× hutool in the run of 2026-12-02 03:41 (each side's
 * three rounds spread over 14,800–19,100 calls/s), while 16 pairs of 64-thread windows of the same
 * two right after it read Ampark at 1.09–1.31× hutool (median 1.24×), with the machine under both
 * moving between 23,000 and 13,000 calls/s from round to round.
 *
 * <p>Args: {@code warmupSeconds measureSeconds slices rounds settleMaxSeconds [controlVendor]}.
 */
public final class S2Paired {
  /** The thread counts S2's targets read. */
  static final int[] THREADS = S2Concurrency.TARGET_THREADS;

  static final String CONTENDER = "ampark";
  static final String AGAINST = "raw-okhttp";
  /** The demo style S2's target wants Ampark above at 64 threads. */
  static final String HUTOOL = "hutool+fastjson";
  /** The thread counts an Ampark ÷ hutool pair is measured at: the target reads 64 only. */
  static final int[] HUTOOL_THREADS = {64};

  /** One pair of contenders for a vendor and the thread counts they are measured at. */
  static final class Pair {
    final String vendor;
    final String contender;
    final String against;
    final int[] threads;

    Pair(String vendor, String contender, String against, int[] threads) {
      this.vendor = vendor;
      this.contender = contender;
      this.against = against;
      this.threads = threads;
    }
  }

  private S2Paired() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3]);
      return;
    }
    int warmup = Integer.parseInt(args[0]);
    int measure = Integer.parseInt(args[1]);
    int slices = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    int settleMax = Integer.parseInt(args[4]);
    String control = args.length > 5 ? args[5] : null;
    Results results = new Results("s2-paired").setting("warmupSeconds", warmup).setting("measureSeconds", measure)
        .setting("slices", slices).setting("rounds", rounds).setting("threads", Arrays.toString(THREADS))
        .setting("jitSettle", settleMax == 0 ? "none" : S2Concurrency.SETTLE_THREADS + " threads until the compiler is quiet, at most "
            + settleMax + " s, in each JVM before its first window")
        .setting("jvm", String.join(" ", S2Concurrency.JVM_ARGS) + "; two JVMs alive at once per vendor and round, windows in ABBA order,"
            + " the JVM started first alternating by round")
        .setting("control", control == null ? "none" : control + " raw OkHttp against itself");
    System.out.println("S2 paired: threads " + Arrays.toString(THREADS) + ", warm-up " + warmup + " s, "
        + slices + " pairs of " + measure + " s windows, " + rounds + " round(s), JIT settle at most " + settleMax + " s");
    try (ServerProcess server = ServerProcess.start(0)) {
      ServerWarmup serverWarmup = new ServerWarmup(server, warmup);
      results.setting("serverWarmup", serverWarmup.describe());
      for (Pair p : pairs(control)) {
        serverWarmup.before(p.vendor);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          runs.add(round(server, p.vendor, p.contender, p.against, contenderFirst(r), warmup, measure, slices, settleMax,
              p.threads));
        }
        for (Map<String, Object> row : fold(runs, p.threads)) {
          Map<String, Object> out = Results.row("vendor", p.vendor, "contender", p.contender, "against", p.against);
          out.putAll(row);
          results.add(out);
        }
      }
    }
    results.write();
  }

  /** Vendors with both an Ampark and a raw OkHttp contender, in report order. */
  static List<String> vendors() {
    return vendorsWith(AGAINST);
  }

  /** Vendors with both an Ampark contender and {@code against}, in report order. */
  static List<String> vendorsWith(String against) {
    Set<String> withContender = new LinkedHashSet<>();
    Set<String> withAgainst = new LinkedHashSet<>();
    for (String[] id : Contenders.ids()) {
      if (id[1].equals(CONTENDER)) {
        withContender.add(id[0]);
      } else if (id[1].equals(against)) {
        withAgainst.add(id[0]);
      }
    }
    withContender.retainAll(withAgainst);
    return new ArrayList<>(withContender);
  }

  /**
   * What a run measures, in order: Ampark against raw OkHttp for every vendor at {@link #THREADS},
   * the control (raw OkHttp against itself, when {@code control} is not null), then Ampark against the
   * hutool demo style at {@link #HUTOOL_THREADS} for every vendor that has one.
   */
  static List<Pair> pairs(String control) {
    List<Pair> pairs = new ArrayList<>();
    for (String vendor : vendors()) {
      pairs.add(new Pair(vendor, CONTENDER, AGAINST, THREADS));
    }
    if (control != null) {
      pairs.add(new Pair(control, AGAINST, AGAINST, THREADS));
    }
    for (String vendor : vendorsWith(HUTOOL)) {
      pairs.add(new Pair(vendor, CONTENDER, HUTOOL, HUTOOL_THREADS));
    }
    return pairs;
  }

  /** Whether the contender's JVM is started, settled and measured first in round {@code round} (from 0). */
  static boolean contenderFirst(int round) {
    return round % 2 == 0;
  }

  /** Whether the first-started JVM measures first in pair {@code slice} (from 0): ABBA. */
  static boolean firstMeasuresFirst(int slice) {
    return slice % 2 == 0;
  }

  /**
   * One round: both JVMs, every thread count. Returns {@code first} ("contender" or "against"),
   * and per thread count {@code t<threads>}: {@code contender} and {@code against}, each window's
   * calls/s in pair order, and {@code steal}, the larger steal percentage of each pair's two windows;
   * or {@code error}.
   */
  static Map<String, Object> round(ServerProcess server, String vendor, String contender, String against,
      boolean contenderFirst, int warmup, int measure, int slices, int settleMax, int[] threadCounts) {
    Map<String, Object> out = Results.row("first", contenderFirst ? "contender" : "against");
    try (Child first = new Child(server.baseUrl(), vendor, contenderFirst ? contender : against, S2Concurrency.JVM_ARGS,
        S2Paired.class)) {
      first.ask("settle " + settleMax);
      try (Child second = new Child(server.baseUrl(), vendor, contenderFirst ? against : contender, S2Concurrency.JVM_ARGS,
          S2Paired.class)) {
        second.ask("settle " + settleMax);
        Child c = contenderFirst ? first : second;
        for (int threads : threadCounts) {
          first.ask("load " + threads + " " + warmup);
          second.ask("load " + threads + " " + warmup);
          out.put("t" + threads, windows(first, second, c, slices, "measure " + threads + " " + measure, "throughputPerSec"));
        }
      }
    } catch (Exception e) {
      out.put("error", String.valueOf(e.getMessage()));
    }
    return out;
  }

  /**
   * {@code slices} pairs of windows, both JVMs asked {@code measure} in turn, in ABBA order
   * ({@link #firstMeasuresFirst}): {@code contender} and {@code against}, each window's {@code key} in
   * pair order ({@code contender} is the JVM in the numerator), and {@code steal}, the larger steal
   * percentage of each pair's two windows.
   */
  static Map<String, Object> windows(Child first, Child second, Child contender, int slices, String measure, String key)
      throws IOException {
    List<Object> cs = new ArrayList<>();
    List<Object> as = new ArrayList<>();
    List<Object> steal = new ArrayList<>();
    for (int k = 0; k < slices; k++) {
      Child one = firstMeasuresFirst(k) ? first : second;
      Child two = one == first ? second : first;
      Map<String, Object> m1 = one.ask(measure);
      Map<String, Object> m2 = two.ask(measure);
      Map<String, Object> mc = one == contender ? m1 : m2;
      Map<String, Object> ma = one == contender ? m2 : m1;
      cs.add(mc.get(key));
      as.add(ma.get(key));
      steal.add(Math.max(number(m1.get("stealPercent")), number(m2.get("stealPercent"))));
    }
    return Results.row("contender", cs, "against", as, "steal", steal);
  }

  private static double number(Object o) {
    return o instanceof Number ? ((Number) o).doubleValue() : 0;
  }

  /**
   * The rounds of one pair folded into one row per thread count: {@code ratio}, the median over every
   * pair of windows of all rounds of the contender's calls/s over the other's; {@code ratioByRound}
   * (each round's median) with {@code firstByRound}; {@code ratioMin} and {@code ratioMax} over the
   * pairs; both sides' median calls/s; {@code pairs}; and {@code pairsWithSteal}, the pairs in which
   * a window had {@link Jvm#STEAL_LIMIT_PERCENT} or more stolen. A failed round fails the pair: one
   * row with its error, since a round left out would change what the median is over.
   */
  static List<Map<String, Object>> fold(List<Map<String, Object>> rounds, int[] threadCounts) {
    return fold(rounds, threadCounts, "throughputPerSec", "againstThroughputPerSec", Math::round);
  }

  /**
   * {@link #fold(List, int[])} for any per-window metric: both sides' medians are put under {@code key}
   * and {@code againstKey}, each as {@code format} makes it (S2P: whole calls/s; S1P: µs to one decimal).
   */
  static List<Map<String, Object>> fold(List<Map<String, Object>> rounds, int[] threadCounts, String key, String againstKey,
      DoubleFunction<Object> format) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> round : rounds) {
      if (round.containsKey("error")) {
        out.add(Results.row("error", round.get("error")));
        return out;
      }
    }
    for (int threads : threadCounts) {
      List<Double> all = new ArrayList<>();
      List<Double> cs = new ArrayList<>();
      List<Double> as = new ArrayList<>();
      List<Object> byRound = new ArrayList<>();
      List<Object> firstByRound = new ArrayList<>();
      int withSteal = 0;
      for (Map<String, Object> round : rounds) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) round.get("t" + threads);
        List<?> c = (List<?>) t.get("contender");
        List<?> a = (List<?>) t.get("against");
        List<?> steal = (List<?>) t.get("steal");
        List<Double> mine = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
          double cv = number(c.get(k));
          double av = number(a.get(k));
          cs.add(cv);
          as.add(av);
          if (av > 0) {
            mine.add(cv / av);
          }
          if (number(steal.get(k)) >= Jvm.STEAL_LIMIT_PERCENT) {
            withSteal++;
          }
        }
        all.addAll(mine);
        byRound.add(mine.isEmpty() ? null : round2(Rounds.median(mine)));
        firstByRound.add(round.get("first"));
      }
      if (all.isEmpty()) {
        out.add(Results.row("threads", threads, "error", "no pair of windows at " + threads + " threads"));
        continue;
      }
      Map<String, Object> row = Results.row("threads", threads, "ratio", round2(Rounds.median(all)),
          "ratioMin", round2(Collections.min(all)), "ratioMax", round2(Collections.max(all)),
          key, format.apply(Rounds.median(cs)), againstKey, format.apply(Rounds.median(as)),
          "pairs", all.size(), "pairsWithSteal", withSteal);
      row.put("ratioByRound", byRound);
      row.put("firstByRound", firstByRound);
      out.add(row);
    }
    return out;
  }

  static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /**
   * A child JVM holding one contender, answering the parent's commands on stdin, one
   * {@code RESULT {json}} line each: {@code settle N}, {@code load threads seconds} (unmeasured) and
   * {@code measure threads seconds}; end of input ends it.
   */
  static void child(String baseUrl, String vendor, String name) throws Exception {
    serve(baseUrl, vendor, name, (c, server, cmd) -> {
      switch (cmd[0]) {
        case "settle": {
          JitSettle.Outcome o = JitSettle.inThisJvm(() -> S2Concurrency.run(c, S2Concurrency.SETTLE_THREADS, 1),
              Integer.parseInt(cmd[1]));
          return Results.row("settleSeconds", o.slices, "settled", o.settled);
        }
        case "load":
          S2Concurrency.run(c, Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2]));
          return Results.row("loaded", true);
        case "measure": {
          long[] ticks0 = Jvm.cpuTicks();
          long t0 = System.nanoTime();
          long[] latencies = S2Concurrency.run(c, Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2]));
          long wall = System.nanoTime() - t0;
          return Results.row("throughputPerSec", Math.round(latencies.length * 1e9 / wall),
              "stealPercent", Jvm.stealPercent(ticks0, Jvm.cpuTicks()));
        }
        default:
          throw new IllegalArgumentException("unknown command " + cmd[0]);
      }
    });
  }

  /** What a paired child does for one command line, split at spaces: the row it answers with. */
  interface Command {
    Map<String, Object> run(Contender c, ServerProcess.Remote server, String[] cmd) throws Exception;
  }

  /**
   * The child's side of a pair (S2P and S1P): holds one contender, says it is ready, then answers each
   * command line on stdin with one {@code RESULT {json}} line from {@code command}; end of input ends it.
   */
  static void serve(String baseUrl, String vendor, String name, Command command) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (ServerProcess.Remote server = new ServerProcess.Remote(baseUrl); Contender c = Contenders.create(vendor, name, baseUrl)) {
      Jvm.cpuTicks();
      Fork.emit(Results.row("ready", true));
      String line;
      while ((line = in.readLine()) != null) {
        Fork.emit(command.run(c, server, line.trim().split(" ")));
      }
    }
  }

  /** The parent's end of a child: a JVM with {@code jvmArgs} running {@code main --child baseUrl vendor name}. */
  static final class Child implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final String name;

    Child(String baseUrl, String vendor, String name, List<String> jvmArgs, Class<?> main) throws IOException {
      this.name = name;
      List<String> cmd = new ArrayList<>();
      cmd.add(Jvm.java());
      cmd.addAll(jvmArgs);
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), "--child", baseUrl, vendor, name));
      process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      answer();
    }

    Map<String, Object> ask(String command) throws IOException {
      in.println(command);
      return answer();
    }

    /** The next result line; lines before it are kept for the error if the child ends first. */
    private Map<String, Object> answer() throws IOException {
      StringBuilder tail = new StringBuilder();
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(Fork.PREFIX)) {
          return Fork.result(line);
        }
        Fork.keepTail(tail, line);
      }
      throw new IOException(name + " ended: " + Fork.lastLines(tail.toString()));
    }

    @Override
    public void close() throws InterruptedException {
      in.close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
