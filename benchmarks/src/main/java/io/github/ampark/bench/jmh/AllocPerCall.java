package io.github.ampark.bench.jmh;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import io.github.ampark.bench.harness.Results;
import io.github.ampark.bench.server.LoopbackServer;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bytes the calling thread allocates per S1 call, after warm-up (JIT and escape analysis settled).
 * A synchronous OkHttp call runs entirely on the calling thread, so this is the client's whole
 * allocation, without the in-process loopback server's threads that JMH's {@code -prof gc} also
 * counts: a number that a busy machine does not move, for comparing one change with the next.
 *
 * <p>Args: {@code [warmupCalls measureCalls rounds [vendor ...]]}; writes {@code s1-alloc.json}.
 * {@code -Dbench.contenders=ampark} measures only Ampark.
 */
public final class AllocPerCall {
  private AllocPerCall() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> only = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      only.add(args[i]);
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Results results = new Results("s1-alloc").setting("warmupCalls", warmup).setting("measureCalls", calls)
        .setting("rounds", rounds).setting("reading", "calling thread's allocated bytes / calls, median of rounds");
    try (ServerSocket server = LoopbackServer.startInBackground(0)) {
      String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
      for (String[] id : Contenders.ids()) {
        String which = System.getProperty("bench.contenders", "ampark,raw-okhttp");
        if (!java.util.Arrays.asList(which.split(",")).contains(id[1]) || !only.isEmpty() && !only.contains(id[0])) {
          continue;
        }
        try (Contender c = Contenders.create(id[0], id[1], base)) {
          for (int i = 0; i < warmup; i++) {
            c.call();
          }
          List<Double> perCall = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < calls; i++) {
              c.call();
            }
            perCall.add((threads.getCurrentThreadAllocatedBytes() - before) / (double) calls);
          }
          Collections.sort(perCall);
          results.add(Results.row("vendor", id[0], "contender", id[1], "bytesPerCall", Math.round(perCall.get(rounds / 2)),
              "minBytesPerCall", Math.round(perCall.get(0)), "maxBytesPerCall", Math.round(perCall.get(rounds - 1))));
        }
      }
    }
    results.write();
  }
}
