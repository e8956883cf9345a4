package io.github.ampark.bench.harness;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warms the loopback server's path for one vendor before any contender of that vendor is measured.
 *
 * <p>Without it the first contender measured per vendor (always Ampark, by {@code Contenders.ids()}'s
 * order) met a server still interpreting and JIT-compiling that vendor's request path, on the same
 * two cores: measured on Yinli, the server spent 93 µs of CPU per call for whichever contender came
 * first and 24–36 µs for those after it, and the first contender's own CPU per call read up to 1.9×
 * higher. The warm-up runs raw OkHttp (it sends the same bytes as Ampark: the same-bytes test) in a
 * throwaway JVM for a few seconds and discards what it measured.
 */
final class ServerWarmup {
  /** Seconds of calls that warm one vendor's server path, at most. */
  static final int SECONDS = 4;

  private final ServerProcess server;
  private final int seconds;
  private final Set<String> warmed = new HashSet<>();

  /** A warm-up of {@code min(SECONDS, warmupSeconds)} per vendor (a smoke run's 1 s stays 1 s). */
  ServerWarmup(ServerProcess server, int warmupSeconds) {
    this.server = server;
    this.seconds = Math.max(1, Math.min(SECONDS, warmupSeconds));
  }

  /** The setting to report. */
  String describe() {
    return seconds + " s of raw OkHttp calls per vendor, in a throwaway JVM, before its first contender (not measured)";
  }

  /** Warms {@code vendor}'s path on first call for it; later calls do nothing. */
  void before(String vendor) throws Exception {
    if (warmed.add(vendor)) {
      Fork.run(List.of("-Xmx256m", "-XX:+UseParallelGC"), S1SingleCall.class,
          "--child", server.baseUrl(), vendor, "raw-okhttp", Integer.toString(seconds - 1), "1");
    }
  }
}
