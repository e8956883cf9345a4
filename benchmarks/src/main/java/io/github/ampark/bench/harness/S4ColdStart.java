package io.github.ampark.bench.harness;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
  /**
   * A child run with {@code -Dampark.bench.watch=a.B,c.D} (and {@code --add-opens
   * java.base/java.lang=ALL-UNNAMED}) also reports whether each class was loaded by the end of its
   * first call ({@code loaded}), before anything the harness loads to report.
   */
  public static final String WATCH = "ampark.bench.watch";

  private S4ColdStart() {}

  private static Map<String, Object> loaded(String[] names) throws Exception {
    java.lang.reflect.Method findLoaded = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
    findLoaded.setAccessible(true);
    ClassLoader app = S4ColdStart.class.getClassLoader();
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, findLoaded.invoke(app, name) != null);
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      try (Contender c = Contenders.create(args[2], args[3], args[1])) {
        c.call();
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // read after the time: the management classes this loads are the same for every contender
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        String watch = System.getProperty(WATCH);
        // looked at before Results and Fork, which make a mapper to write the row
        Map<String, Object> loaded = watch == null ? null : loaded(watch.split(","));
        Map<String, Object> row = Results.row("jvmToFirstCallMillis", sinceStart, "classesLoaded", classes);
        if (loaded != null) {
          row.put("loaded", loaded);
        }
        Fork.emit(row);
      }
      System.exit(0);
    }
    int runs = Integer.parseInt(args[0]);
    boolean appCds = args.length > 1 && args[1].equals("--appcds");
    Results results = new Results("s4-cold-start").setting("runs", runs)
        .setting("jvm", "default flags, one fresh JVM per run, a vendor's contenders interleaved run by run")
        .setting("appcds", appCds ? "ampark and raw-okhttp again with -XX:SharedArchiveFile from one training run" : "not measured");
    System.out.println("S4 cold start: " + runs + " runs per contender");
    try (ServerProcess server = ServerProcess.start(0)) {
      Path logs = Files.createTempDirectory("ampark-classes");
      Map<String, List<Entry>> byVendor = new LinkedHashMap<>();
      for (String[] id : Contenders.ids()) {
        byVendor.computeIfAbsent(id[0], v -> new ArrayList<>()).add(new Entry(id[1], id[1], List.of()));
      }
      for (Map.Entry<String, List<Entry>> v : byVendor.entrySet()) {
        for (Map<String, Object> row : measure(server, v.getKey(), v.getValue(), runs)) {
          String contender = (String) row.get("contender");
          if (!row.containsKey("error") && (contender.equals("ampark") || contender.equals("raw-okhttp"))) {
            row.put("classesByLibrary", classesByLibrary(server, logs, v.getKey(), contender));
          }
          results.add(row);
        }
      }
      if (appCds) {
        Path dir = Files.createTempDirectory("ampark-cds");
        for (String vendor : byVendor.keySet()) {
          List<Entry> archived = new ArrayList<>();
          for (String contender : new String[] {"ampark", "raw-okhttp"}) {
            String archive = dir.resolve(vendor + "-" + contender + ".jsa").toString();
            Map<String, Object> training = Fork.run(List.of("-XX:ArchiveClassesAtExit=" + archive), S4ColdStart.class,
                "--child", server.baseUrl(), vendor, contender);
            if (training.containsKey("error") || !Files.exists(Paths.get(archive))) {
              results.add(Results.row("vendor", vendor, "contender", contender + " +AppCDS",
                  "error", "no archive: " + training.getOrDefault("error", "not written")));
              continue;
            }
            archived.add(new Entry(contender, contender + " +AppCDS", List.of("-XX:SharedArchiveFile=" + archive)));
          }
          for (Map<String, Object> row : measure(server, vendor, archived, runs)) {
            results.add(row);
          }
        }
      }
    }
    results.write();
  }

  /** A contender as S4 runs it: its id, the label of its row, and extra JVM flags. */
  private static final class Entry {
    final String contender;
    final String label;
    final List<String> jvmArgs;
    final List<Long> first = new ArrayList<>();
    final List<Long> wall = new ArrayList<>();
    final List<Long> classes = new ArrayList<>();
    String error;

    Entry(String contender, String label, List<String> jvmArgs) {
      this.contender = contender;
      this.label = label;
      this.jvmArgs = jvmArgs;
    }
  }

  /**
   * The runs of one vendor's contenders, interleaved run by run (A B C, A B C, ...): a drift in the
   * machine's speed while they run (another process, a thermal limit) falls on every contender alike
   * instead of on whichever ran its runs during it.
   */
  private static List<Map<String, Object>> measure(ServerProcess server, String vendor, List<Entry> entries, int runs)
      throws Exception {
    for (int i = 0; i < runs; i++) {
      for (Entry e : entries) {
        if (e.error != null) {
          continue;
        }
        Map<String, Object> r = Fork.run(e.jvmArgs, S4ColdStart.class, "--child", server.baseUrl(), vendor, e.contender);
        if (r.containsKey("error")) {
          e.error = String.valueOf(r.get("error"));
          continue;
        }
        e.first.add(((Number) r.get("jvmToFirstCallMillis")).longValue());
        e.wall.add(((Number) r.get("processWallMillis")).longValue());
        e.classes.add(((Number) r.get("classesLoaded")).longValue());
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> row = Results.row("vendor", vendor, "contender", e.label);
      if (e.error != null) {
        row.put("error", e.error);
      } else {
        row.put("jvmToFirstCallMillisMedian", median(e.first));
        row.put("processWallMillisMedian", median(e.wall));
        row.put("classesLoadedMedian", median(e.classes));
        row.put("runs", runs);
      }
      rows.add(row);
    }
    return rows;
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
      if (name.equals(FIRST_CALL_DONE)) {
        break; // what the child loads after its call (to time it, report and exit) is nobody's cold start
      }
      counts.merge(library(name), 1, (a, b) -> (Integer) a + (Integer) b);
    }
    return counts;
  }

  /** The first class the child loads once its call has completed (to read the JVM's start time). */
  static final String FIRST_CALL_DONE = "java.lang.management.ManagementFactory";

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
