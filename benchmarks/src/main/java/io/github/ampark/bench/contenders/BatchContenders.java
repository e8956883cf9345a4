package io.github.ampark.bench.contenders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The S3 contenders: ways of pushing a large number of records in batches. */
public final class BatchContenders {
  private BatchContenders() {}

  /** {dataset, contender}. */
  public static List<String[]> ids() {
    List<String[]> ids = new ArrayList<>();
    ids.add(new String[] {"4pyun-vip-renewals", "raw-okhttp-streaming"});
    ids.add(new String[] {"4pyun-vip-renewals", "demo-naive-loop"});
    return ids;
  }

  /** Runs one contender; returns the number of records sent. */
  public static long run(String dataset, String contender, String baseUrl, int records, int batch) throws IOException {
    switch (dataset + "/" + contender) {
      case "4pyun-vip-renewals/raw-okhttp-streaming":
        return fourPyunRawStreaming(baseUrl, records, batch);
      case "4pyun-vip-renewals/demo-naive-loop":
        return fourPyunDemoNaive(baseUrl, records, batch);
      default:
        throw new IllegalArgumentException(dataset + "/" + contender);
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
