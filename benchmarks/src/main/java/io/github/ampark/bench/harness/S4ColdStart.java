package io.github.ampark.bench.harness;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * S4: JVM start to first completed call, each contender in its own fresh process, several times;
 * reports the median of the in-process reading (JVM start time to the end of the first call) and
 * of the whole process wall time (spawn to exit).
 *
 * <p>Also counts the classes loaded by the end of the first call (the JVM's own ~450 included;
 * {@code -Xlog:class+load} on a child lists them). With {@code --appcds}, Ampark and raw OkHttp are
 * measured a second time with an application class-data-sharing archive made by one training run
 * ({@code -XX:ArchiveClassesAtExit}, JDK 13+), the option users who care about start time have.
 *
 * <p>Args: {@code runs [--appcds]}.
 */
public final class S4ColdStart {
  private S4ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      try (Contender c = Contenders.create(args[2], args[3], args[1])) {
        c.call();
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // read after the time: the management classes this loads are the same for every contender
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        Fork.emit(Results.row("jvmToFirstCallMillis", sinceStart, "classesLoaded", classes));
      }
      System.exit(0);
    }
    int runs = Integer.parseInt(args[0]);
    boolean appCds = args.length > 1 && args[1].equals("--appcds");
    Results results = new Results("s4-cold-start").setting("runs", runs)
        .setting("jvm", "default flags, one fresh JVM per run")
        .setting("appcds", appCds ? "ampark and raw-okhttp again with -XX:SharedArchiveFile from one training run" : "not measured");
    System.out.println("S4 cold start: " + runs + " runs per contender");
    try (ServerProcess server = ServerProcess.start(0)) {
      Path logs = Files.createTempDirectory("ampark-classes");
      for (String[] id : Contenders.ids()) {
        Map<String, Object> row = measure(server, id[0], id[1], id[1], List.of(), runs);
        if (!row.containsKey("error") && (id[1].equals("ampark") || id[1].equals("raw-okhttp"))) {
          row.put("classesByLibrary", classesByLibrary(server, logs, id[0], id[1]));
        }
        results.add(row);
      }
      if (appCds) {
        Path dir = Files.createTempDirectory("ampark-cds");
        for (String[] id : Contenders.ids()) {
          if (!id[1].equals("ampark") && !id[1].equals("raw-okhttp")) {
            continue;
          }
          String archive = dir.resolve(id[0] + "-" + id[1] + ".jsa").toString();
          Map<String, Object> training = Fork.run(List.of("-XX:ArchiveClassesAtExit=" + archive), S4ColdStart.class,
              "--child", server.baseUrl(), id[0], id[1]);
          if (training.containsKey("error") || !Files.exists(Paths.get(archive))) {
            results.add(Results.row("vendor", id[0], "contender", id[1] + " +AppCDS",
                "error", "no archive: " + training.getOrDefault("error", "not written")));
            continue;
          }
          results.add(measure(server, id[0], id[1], id[1] + " +AppCDS", List.of("-XX:SharedArchiveFile=" + archive), runs));
        }
      }
    }
    results.write();
  }

  private static Map<String, Object> measure(ServerProcess server, String vendor, String contender, String label,
      List<String> jvmArgs, int runs) throws Exception {
    List<Long> first = new ArrayList<>();
    List<Long> wall = new ArrayList<>();
    List<Long> classes = new ArrayList<>();
    String error = null;
    for (int i = 0; i < runs; i++) {
      Map<String, Object> r = Fork.run(jvmArgs, S4ColdStart.class, "--child", server.baseUrl(), vendor, contender);
      if (r.containsKey("error")) {
        error = String.valueOf(r.get("error"));
        break;
      }
      first.add(((Number) r.get("jvmToFirstCallMillis")).longValue());
      wall.add(((Number) r.get("processWallMillis")).longValue());
      classes.add(((Number) r.get("classesLoaded")).longValue());
    }
    Map<String, Object> row = Results.row("vendor", vendor, "contender", label);
    if (error != null) {
      row.put("error", error);
    } else {
      row.put("jvmToFirstCallMillisMedian", median(first));
      row.put("processWallMillisMedian", median(wall));
      row.put("classesLoadedMedian", median(classes));
      row.put("runs", runs);
    }
    return row;
  }

  /**
   * One more run with {@code -Xlog:class+load}: how many of the classes loaded by exit each library
   * brought (the JVM's own, OkHttp with Okio and the Kotlin stdlib, Jackson, Retrofit, Ampark, ...),
   * so the difference in S4 can be read as "whose classes".
   */
  private static Map<String, Object> classesByLibrary(ServerProcess server, Path dir, String vendor, String contender)
      throws Exception {
    Path log = dir.resolve(vendor + "-" + contender + ".log");
    Fork.run(List.of("-Xlog:class+load:file=" + log), S4ColdStart.class, "--child", server.baseUrl(), vendor, contender);
    Map<String, Object> counts = new java.util.TreeMap<>();
    if (!Files.exists(log)) {
      return counts;
    }
    for (String line : Files.readAllLines(log)) {
      int at = line.indexOf("] ", line.indexOf("class,load"));
      if (at < 0) {
        continue;
      }
      String rest = line.substring(at + 2);
      int space = rest.indexOf(' ');
      String name = space < 0 ? rest : rest.substring(0, space);
      counts.merge(library(name), 1, (a, b) -> (Integer) a + (Integer) b);
    }
    return counts;
  }

  static String library(String className) {
    String[][] prefixes = {
      {"io.github.ampark.bench.", "harness"}, {"io.github.ampark.", "Ampark"}, {"retrofit2.", "Retrofit"},
      {"com.fasterxml.jackson.", "Jackson"}, {"okhttp3.", "OkHttp, Okio, Kotlin stdlib"},
      {"okio.", "OkHttp, Okio, Kotlin stdlib"}, {"kotlin.", "OkHttp, Okio, Kotlin stdlib"}, {"org.slf4j.", "SLF4J"},
      {"cn.hutool.", "hutool, fastjson, HttpClient"}, {"com.alibaba.", "hutool, fastjson, HttpClient"},
      {"org.apache.", "hutool, fastjson, HttpClient"},
    };
    for (String[] p : prefixes) {
      if (className.startsWith(p[0])) {
        return p[1];
      }
    }
    return "JDK (incl. lambdas, proxies)";
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
