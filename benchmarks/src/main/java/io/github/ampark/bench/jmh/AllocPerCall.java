package io.github.ampark.bench.jmh;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import io.github.ampark.bench.harness.Results;
import io.github.ampark.bench.server.LoopbackServer;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

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

  /**
   * One more round, after the measured ones and not counted in them, under a JFR recording of
   * allocation samples: the calling thread's bytes split by {@link Features} and scaled to the
   * measured bytes per call. Run the JVM with {@code -XX:FlightRecorderOptions:stackdepth=128} so
   * deep interceptor stacks keep their Ampark frames, and small fixed TLABs
   * ({@code -XX:-ResizeTLAB -XX:TLABSize=64k}) for more samples.
   */
  private static Map<String, Object> byFeature(Contender c, int calls, long bytesPerCall) throws Exception {
    Map<String, Double> weights = new HashMap<>();
    double total = 0;
    Path file = Files.createTempFile("alloc-per-call", ".jfr");
    try (Recording rec = new Recording()) {
      rec.enable("jdk.ObjectAllocationSample").with("throttle", "100000/s").withStackTrace();
      rec.start();
      // a sample's weight is the bytes since the thread's previous sample, so the first one under a
      // new recording carries everything before it: sample a round first, count only the next
      for (int i = 0; i < calls; i++) {
        c.call();
      }
      java.time.Instant from = java.time.Instant.now();
      // samples come with TLAB refills: allocate about 1 GB so each split rests on thousands of them
      long sampled = Math.max(calls, Math.min(200_000, 1_000_000_000L / Math.max(1, bytesPerCall)));
      for (long i = 0; i < sampled; i++) {
        c.call();
      }
      rec.stop();
      rec.dump(file);
      String me = Thread.currentThread().getName();
      for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
        RecordedThread t = e.getThread("eventThread");
        if (t == null || !me.equals(t.getJavaName()) || e.getStackTrace() == null || e.getStartTime().isBefore(from)) {
          continue;
        }
        List<String> frames = new ArrayList<>();
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
          frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
        }
        double w = e.getLong("weight");
        total += w;
        weights.merge(Features.of(frames), w, Double::sum);
      }
    } finally {
      Files.deleteIfExists(file);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : Features.ORDER) {
      if (total > 0 && weights.containsKey(f)) {
        out.put(f, Math.round(weights.get(f) / total * bytesPerCall));
      }
    }
    return out;
  }

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
          long bytes = Math.round(perCall.get(rounds / 2));
          Map<String, Object> row = Results.row("vendor", id[0], "contender", id[1], "bytesPerCall", bytes,
              "minBytesPerCall", Math.round(perCall.get(0)), "maxBytesPerCall", Math.round(perCall.get(rounds - 1)));
          row.put("bytesByFeature", byFeature(c, calls, bytes));
          results.add(row);
        }
      }
    }
    results.write();
  }
}
