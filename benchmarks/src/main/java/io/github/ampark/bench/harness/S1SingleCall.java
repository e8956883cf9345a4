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
 * <p>Args: {@code warmupSeconds measureSeconds}.
 */
public final class S1SingleCall {
  private S1SingleCall() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      return;
    }
    int warmup = Integer.parseInt(args[0]);
    int measure = Integer.parseInt(args[1]);
    Results results = new Results("s1-single-call").setting("warmupSeconds", warmup).setting("measureSeconds", measure)
        .setting("threads", 1).setting("jvm", "-Xmx256m -XX:+UseParallelGC, one JVM per contender");
    System.out.println("S1 single call: warm-up " + warmup + " s, measure " + measure + " s per contender");
    try (ServerProcess server = ServerProcess.start(0)) {
      ServerWarmup warmup1 = new ServerWarmup(server, warmup);
      results.setting("serverWarmup", warmup1.describe());
      for (String[] id : Contenders.ids()) {
        warmup1.before(id[0]);
        Map<String, Object> row = Fork.run(List.of("-Xmx256m", "-XX:+UseParallelGC"), S1SingleCall.class,
            "--child", server.baseUrl(), id[0], id[1], Integer.toString(warmup), Integer.toString(measure));
        row.put("vendor", id[0]);
        row.put("contender", id[1]);
        results.add(row);
      }
    }
    results.write();
  }

  static void child(String baseUrl, String vendor, String name, int warmup, int measure) throws Exception {
    try (ServerProcess.Remote server = new ServerProcess.Remote(baseUrl); Contender c = Contenders.create(vendor, name, baseUrl)) {
      loop(c, warmup * 1_000_000_000L);
      server.reset(false);
      long cpu0 = Jvm.processCpuNanos();
      long t0 = System.nanoTime();
      long n = loop(c, measure * 1_000_000_000L);
      long wall = System.nanoTime() - t0;
      long cpu = Jvm.processCpuNanos() - cpu0;
      JsonNode st = server.stats();
      Fork.emit(Results.row(
          "calls", n,
          "throughputPerSec", Math.round(n * 1e9 / wall),
          "clientCpuMicrosPerCall", round1(cpu / 1000.0 / n),
          "serverCpuMicrosPerCall", round1(st.path("cpuNanos").asLong() / 1000.0 / n),
          "connectionsOpened", st.path("connections").asLong()));
    }
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
    return Math.round(v * 10) / 10.0;
  }

  static String describe(String[] id) {
    return Arrays.toString(id);
  }
}
