package io.github.ampark.bench.contenders;

import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.VipRenewal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The S3 contenders: ways of pushing a large number of records in batches. */
public final class BatchContenders {
  private BatchContenders() {}

  /** {dataset, contender}. */
  public static List<String[]> ids() {
    List<String[]> ids = new ArrayList<>();
    ids.add(new String[] {"4pyun-vip-renewals", "ampark-sync-sequential"});
    ids.add(new String[] {"4pyun-vip-renewals", "ampark-sync-parallel-4"});
    ids.add(new String[] {"4pyun-vip-renewals", "ampark-sync-parallel-8"});
    ids.add(new String[] {"4pyun-vip-renewals", "ampark-sync-parallel-16"});
    ids.add(new String[] {"4pyun-vip-renewals", "raw-okhttp-streaming"});
    ids.add(new String[] {"4pyun-vip-renewals", "demo-naive-loop"});
    ids.add(new String[] {"yinli-meter-readings", "ampark-sync-sequential"});
    ids.add(new String[] {"yinli-meter-readings", "ampark-sync-parallel-4"});
    ids.add(new String[] {"yinli-meter-readings", "ampark-sync-parallel-8"});
    ids.add(new String[] {"yinli-meter-readings", "ampark-sync-parallel-16"});
    ids.add(new String[] {"yinli-meter-readings", "raw-okhttp-streaming"});
    ids.add(new String[] {"yinli-meter-readings", "demo-naive-loop"});
    return ids;
  }

  /**
   * Records per request for a dataset: 500 for 4pyun (the sample's and a common park-system choice),
   * 200 for Yinli (sdk-yinli's default); every contender of a dataset uses the same.
   */
  public static int batchSize(String dataset) {
    return dataset.startsWith("yinli") ? 200 : 500;
  }

  /** Runs one contender; returns the number of records sent. */
  public static long run(String dataset, String contender, String baseUrl, int records, int batch) throws IOException {
    switch (dataset + "/" + contender) {
      case "4pyun-vip-renewals/ampark-sync-sequential":
        return fourPyunAmpark(baseUrl, records, batch, 1);
      case "4pyun-vip-renewals/ampark-sync-parallel-4":
        return fourPyunAmpark(baseUrl, records, batch, 4);
      case "4pyun-vip-renewals/ampark-sync-parallel-8":
        return fourPyunAmpark(baseUrl, records, batch, 8);
      case "4pyun-vip-renewals/ampark-sync-parallel-16":
        return fourPyunAmpark(baseUrl, records, batch, 16);
      case "4pyun-vip-renewals/raw-okhttp-streaming":
        return fourPyunRawStreaming(baseUrl, records, batch);
      case "4pyun-vip-renewals/demo-naive-loop":
        return fourPyunDemoNaive(baseUrl, records, batch);
      case "yinli-meter-readings/ampark-sync-sequential":
        return YinliReadings.ampark(baseUrl, records, batch, 1);
      case "yinli-meter-readings/ampark-sync-parallel-4":
        return YinliReadings.ampark(baseUrl, records, batch, 4);
      case "yinli-meter-readings/ampark-sync-parallel-8":
        return YinliReadings.ampark(baseUrl, records, batch, 8);
      case "yinli-meter-readings/ampark-sync-parallel-16":
        return YinliReadings.ampark(baseUrl, records, batch, 16);
      case "yinli-meter-readings/raw-okhttp-streaming":
        return YinliReadings.rawStreaming(baseUrl, records, batch);
      case "yinli-meter-readings/demo-naive-loop":
        return YinliReadings.demoNaive(baseUrl, records, batch);
      default:
        throw new IllegalArgumentException(dataset + "/" + contender);
    }
  }

  /** The sync helper over a lazily generated stream: what a user streaming from a database does. */
  static long fourPyunAmpark(String baseUrl, int records, int batch, int parallelism) {
    try (AmparkContenders.FourPyun c = new AmparkContenders.FourPyun(baseUrl)) {
      BatchJob<VipRenewal> job = c.client().syncs().vipRenewals(SyncMode.FULL).batchSize(batch)
          .parallelism(parallelism).build();
      Stream<VipRenewal> renewals = IntStream.range(0, records).mapToObj(i -> AmparkContenders.FourPyun.renewal("PP" + i));
      BatchReport report = job.run(renewals);
      return report.recordsConfirmed();
    }
  }

  /** Hand-written: generate each batch when it is needed, send, next. */
  static long fourPyunRawStreaming(String baseUrl, int records, int batch) throws IOException {
    RawOkHttp.FourPyun client = new RawOkHttp.FourPyun(baseUrl);
    long sent = 0;
    for (int start = 0; start < records; start += batch) {
      List<Map<String, Object>> rows = new ArrayList<>(batch);
      for (int i = start; i < Math.min(records, start + batch); i++) {
        rows.add(RawOkHttp.FourPyun.renewalRow("PP" + i));
      }
      client.send(rows, start == 0);
      sent += rows.size();
    }
    return sent;
  }

  /** The demo way: build every record first (the seed's "push the whole stock"), then send batch after batch. */
  static long fourPyunDemoNaive(String baseUrl, int records, int batch) throws IOException {
    List<Map<String, String>> all = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      all.add(DemoStyle.FourPyunFluent.demoRow("PP" + i));
    }
    DemoStyle.FourPyunFluent client = new DemoStyle.FourPyunFluent(baseUrl);
    long sent = 0;
    for (int start = 0; start < all.size(); start += batch) {
      List<Map<String, String>> rows = all.subList(start, Math.min(all.size(), start + batch));
      client.send(rows, start == 0 ? "1" : "0");
      sent += rows.size();
    }
    return sent;
  }
}
