package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bench.contenders.BatchContenders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3: 100,000 records through each contender's batching, against a server that answers every
 * request after 20 ms. Each contender runs in its own JVM under a capped heap ({@code -Xmx64m});
 * a contender that fails there (in practice: runs out of memory) is run again with
 * {@code -Xmx512m} so its time and peak are still reported, and both runs are reported.
 *
 * <p>With {@code rounds} above 1, each contender runs once per round (each run in a fresh JVM) and a
 * dataset's contenders are interleaved, in the listed order in odd rounds and reversed in even ones
 * (ABBA, as S1 and S2 do; {@link Rounds}). Each (dataset, contender, xmx) row reports the median
 * of every metric over its rounds and every round's wall time ({@code wallMillisByRound}). The
 * target is a ratio of two wall times, and one child's wall time moved by 10–30 % between minutes
 * on the shared 2-core machine (4pyun parallel-16 read 0.96, 1.09 and 1.26 s in three runs of the
 * same code).
 *
 * <p>A contender that fails under the cap in some rounds and not in others ({@link #summarize}):
 * its capped row is a failure (the first error, and {@code failedRounds}, the 1-based rounds that
 * failed under the cap) because a heap cap that holds only sometimes does not hold; its roomy row
 * is folded from the rounds that needed it, and names them in {@code fromRounds} when they are not
 * all the rounds. The rounds that passed under the cap are not mixed into the roomy row: they ran
 * with a different heap.
 *
 * <p>Args: {@code records [rounds]} (rounds default to 1). Batch sizes per dataset:
 * {@link BatchContenders#batchSize}.
 */
public final class S3Batch {
  static final String CAP = "64m";
  static final String ROOMY = "512m";

  /** Keys of one round's measurement of one contender ({@link #measure}). */
  static final String CAPPED_RUN = "capped";
  static final String ROOMY_RUN = "roomy";

  /** Folded per (contender, xmx) into medians over the rounds. */
  private static final String[] METRICS = {"wallMillis", "peakHeapBytes", "requests", "records", "processWallMillis"};

  private S3Batch() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      return;
    }
    int records = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Results results = new Results("s3-batch").setting("records", records).setting("rounds", rounds)
        .setting("batchSize", "4pyun " + BatchContenders.batchSize("4pyun") + ", yinli " + BatchContenders.batchSize("yinli"))
        .setting("serverDelayMs", 20).setting("heapCap", "-Xmx" + CAP + " (re-run with -Xmx" + ROOMY + " after an OutOfMemoryError)")
        .setting("jvm", "-XX:+UseSerialGC, one JVM per contender, round and heap"
            + (rounds > 1 ? "; a dataset's contenders interleaved, reversed every other round; medians over the rounds"
                + " (a capped row fails if any round failed under the cap; the roomy row is folded from the rounds that needed it)" : ""));
    System.out.println("S3 batch: " + records + " records per dataset, 20 ms per request, " + rounds + " round(s)");
    try (ServerProcess server = ServerProcess.start(20)) {
      for (Map.Entry<String, List<String>> d : Rounds.byVendor(BatchContenders.ids()).entrySet()) {
        String dataset = d.getKey();
        Map<String, List<Map<String, Object>>> runs = Rounds.interleave(d.getValue(), rounds,
            contender -> measure(server.baseUrl(), dataset, contender, records));
        for (Map.Entry<String, List<Map<String, Object>>> c : runs.entrySet()) {
          for (Map<String, Object> row : summarize(c.getValue())) {
            Map<String, Object> out = Results.row("dataset", dataset, "contender", c.getKey());
            out.putAll(row);
            results.add(out);
          }
        }
      }
    }
    results.write();
  }

  /**
   * One round of one contender: its run under the cap ({@link #CAPPED_RUN}) and, only if that
   * failed, its run with room ({@link #ROOMY_RUN}); each run in a fresh JVM.
   */
  private static Map<String, Object> measure(String baseUrl, String dataset, String contender, int records) throws Exception {
    Map<String, Object> round = Results.row();
    for (String xmx : new String[] {CAP, ROOMY}) {
      Map<String, Object> run = Fork.run(List.of("-Xmx" + xmx, "-XX:+UseSerialGC"), S3Batch.class, "--child",
          baseUrl, dataset, contender, Integer.toString(records), Integer.toString(BatchContenders.batchSize(dataset)));
      round.put(xmx.equals(CAP) ? CAPPED_RUN : ROOMY_RUN, run);
      if (!run.containsKey("error")) {
        break;
      }
    }
    return round;
  }

  /**
   * One contender's rounds (each as {@link #measure} returns it) folded into its rows: the capped
   * row, then the roomy row if any round needed one. Each row has {@code xmx} and, through
   * {@link Rounds#fold}, the median of every metric over the rounds it is folded from and, with
   * more than one, {@code wallMillisByRound}. The capped row is folded from every round, and fails
   * (first error, plus {@code failedRounds} when there is more than one round) if any round failed
   * under the cap. The roomy row is folded from exactly the rounds whose capped run failed, and
   * lists them in {@code fromRounds} (1-based) when those are not all the rounds; a roomy run that
   * failed too fails the roomy row.
   */
  static List<Map<String, Object>> summarize(List<Map<String, Object>> rounds) {
    List<Map<String, Object>> capped = new ArrayList<>();
    List<Map<String, Object>> roomy = new ArrayList<>();
    List<Integer> failedRounds = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      Map<String, Object> c = run(rounds.get(i), CAPPED_RUN, i);
      capped.add(c);
      if (c.containsKey("error")) {
        failedRounds.add(i + 1);
        roomy.add(run(rounds.get(i), ROOMY_RUN, i));
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> cappedRow = Results.row("xmx", CAP);
    cappedRow.putAll(Rounds.fold(capped, "wallMillis", METRICS));
    if (cappedRow.containsKey("error") && rounds.size() > 1) {
      cappedRow.put("failedRounds", failedRounds);
    }
    rows.add(cappedRow);
    if (!roomy.isEmpty()) {
      Map<String, Object> roomyRow = Results.row("xmx", ROOMY);
      roomyRow.putAll(Rounds.fold(roomy, "wallMillis", METRICS));
      if (roomy.size() < rounds.size()) {
        roomyRow.put("fromRounds", failedRounds);
      }
      rows.add(roomyRow);
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> run(Map<String, Object> round, String key, int index) {
    Object run = round.get(key);
    if (run instanceof Map) {
      return (Map<String, Object>) run;
    }
    return Results.row("error", "round " + (index + 1) + " has no " + key + " run");
  }

  static void child(String baseUrl, String dataset, String contender, int records, int batch) throws Exception {
    try (ServerProcess.Remote server = new ServerProcess.Remote(baseUrl)) {
      server.reset(false);
      System.gc();
      Jvm.resetPeaks();
      long t0 = System.nanoTime();
      long sent = BatchContenders.run(dataset, contender, baseUrl, records, batch);
      long wall = System.nanoTime() - t0;
      long peak = Jvm.peakHeapBytes();
      JsonNode st = server.stats();
      Fork.emit(Results.row("wallMillis", wall / 1_000_000, "peakHeapBytes", peak,
          "requests", st.path("requests").asLong(), "records", sent));
    }
  }
}
