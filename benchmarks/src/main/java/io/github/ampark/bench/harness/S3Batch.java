package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bench.contenders.BatchContenders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3: 100,000 records through each contender's batching, against a server that answers every
 * request after 20 ms. Each contender runs in its own JVM under a capped heap ({@code -Xmx64m});
 * a contender that runs out of memory is run again with {@code -Xmx512m} so its time and peak are
 * still reported.
 *
 * <p>Args: {@code records}. Batch sizes per dataset: {@link BatchContenders#batchSize}.
 */
public final class S3Batch {
  static final String CAP = "64m";
  static final String ROOMY = "512m";

  private S3Batch() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      return;
    }
    int records = Integer.parseInt(args[0]);
    Results results = new Results("s3-batch").setting("records", records)
        .setting("batchSize", "4pyun " + BatchContenders.batchSize("4pyun") + ", yinli " + BatchContenders.batchSize("yinli"))
        .setting("serverDelayMs", 20).setting("heapCap", "-Xmx" + CAP + " (re-run with -Xmx" + ROOMY + " after an OutOfMemoryError)");
    System.out.println("S3 batch: " + records + " records per dataset, 20 ms per request");
    try (ServerProcess server = ServerProcess.start(20)) {
      for (String[] id : BatchContenders.ids()) {
        for (String xmx : new String[] {CAP, ROOMY}) {
          Map<String, Object> row = Fork.run(List.of("-Xmx" + xmx, "-XX:+UseSerialGC"), S3Batch.class, "--child",
              server.baseUrl(), id[0], id[1], Integer.toString(records), Integer.toString(BatchContenders.batchSize(id[0])));
          Map<String, Object> out = Results.row("dataset", id[0], "contender", id[1], "xmx", xmx);
          out.putAll(row);
          results.add(out);
          if (!row.containsKey("error")) {
            break;
          }
        }
      }
    }
    results.write();
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

  static List<String> list(String... s) {
    return new ArrayList<>(List.of(s));
  }
}
