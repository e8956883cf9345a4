package io.github.ampark.bench.harness;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * S4: JVM start to first completed call, each contender in its own fresh process, several times;
 * reports the median of the in-process reading (JVM start time to the end of the first call) and
 * of the whole process wall time (spawn to exit).
 *
 * <p>Args: {@code runs}.
 */
public final class S4ColdStart {
  private S4ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      try (Contender c = Contenders.create(args[2], args[3], args[1])) {
        c.call();
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Fork.emit(Results.row("jvmToFirstCallMillis", sinceStart));
      }
      System.exit(0);
    }
    int runs = Integer.parseInt(args[0]);
    Results results = new Results("s4-cold-start").setting("runs", runs)
        .setting("jvm", "default flags, one fresh JVM per run");
    System.out.println("S4 cold start: " + runs + " runs per contender");
    try (ServerProcess server = ServerProcess.start(0)) {
      for (String[] id : Contenders.ids()) {
        List<Long> first = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        String error = null;
        for (int i = 0; i < runs; i++) {
          Map<String, Object> r = Fork.run(List.of(), S4ColdStart.class, "--child", server.baseUrl(), id[0], id[1]);
          if (r.containsKey("error")) {
            error = String.valueOf(r.get("error"));
            break;
          }
          first.add(((Number) r.get("jvmToFirstCallMillis")).longValue());
          wall.add(((Number) r.get("processWallMillis")).longValue());
        }
        Map<String, Object> row = Results.row("vendor", id[0], "contender", id[1]);
        if (error != null) {
          row.put("error", error);
        } else {
          row.put("jvmToFirstCallMillisMedian", median(first));
          row.put("processWallMillisMedian", median(wall));
          row.put("runs", runs);
        }
        results.add(row);
      }
    }
    results.write();
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
