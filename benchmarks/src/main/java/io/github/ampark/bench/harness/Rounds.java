package io.github.ampark.bench.harness;

import io.github.ampark.bench.contenders.Contenders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated measurements of the same contenders, shared by S1 and S2: the order in which a vendor's
 * contenders run in each round, and how the rounds of one measurement fold into one reported row.
 *
 * <p>One JVM's reading varies with its JIT's choices and with what else the machine does that minute
 * (by up to a third on the same work here), and a ratio of two single runs carries that variance
 * twice. Interleaving the contenders, in the listed order in odd rounds and reversed in even ones
 * (ABBA), makes a machine that drifts during the run weigh on every contender alike; the median of
 * each metric keeps one bad round from moving the row.
 */
final class Rounds {
  private Rounds() {}

  /** {vendor, contender} pairs grouped by vendor, both in their listed order. */
  static Map<String, List<String>> byVendor(List<String[]> ids) {
    Map<String, List<String>> byVendor = new LinkedHashMap<>();
    for (String[] id : ids) {
      byVendor.computeIfAbsent(id[0], v -> new ArrayList<>()).add(id[1]);
    }
    return byVendor;
  }

  /** {@code contenders} in the order of 0-based {@code round}: as listed in even rounds, reversed in odd ones. */
  static <T> List<T> order(List<T> contenders, int round) {
    List<T> order = new ArrayList<>(contenders);
    if (round % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }

  /** One measurement of one contender (in a fresh JVM, by the scenario's {@link Fork}). */
  interface Measure {
    Map<String, Object> run(String contender) throws Exception;
  }

  /**
   * Measures every contender {@code rounds} times, interleaved in {@link #order}; returns each
   * contender's runs in round order, contenders in their listed order.
   */
  static Map<String, List<Map<String, Object>>> interleave(List<String> contenders, int rounds, Measure measure)
      throws Exception {
    Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
    for (String contender : contenders) {
      runs.put(contender, new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (String contender : order(contenders, round)) {
        runs.get(contender).add(measure.run(contender));
      }
    }
    return runs;
  }

  /**
   * Every vendor's contenders ({@link Contenders#ids()}) measured {@code rounds} times, interleaved
   * per vendor, each run a fresh JVM of {@code main --child <server> <vendor> <contender> childArgs…}
   * (measured again under {@code steal}'s rule); the server is warmed for each vendor before its first
   * contender. What S1 and S2 run.
   *
   * @return vendor → contender → its runs in round order, both in their listed order
   */
  static Map<String, Map<String, List<Map<String, Object>>>> forkPerVendor(ServerProcess server, ServerWarmup warmup,
      int rounds, StealRetry steal, List<String> jvmArgs, Class<?> main, String... childArgs) throws Exception {
    Map<String, Map<String, List<Map<String, Object>>>> byVendor = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> v : byVendor(Contenders.ids()).entrySet()) {
      String vendor = v.getKey();
      warmup.before(vendor);
      byVendor.put(vendor, interleave(v.getValue(), rounds, steal.around(contender -> {
        List<String> args = new ArrayList<>(List.of("--child", server.baseUrl(), vendor, contender));
        Collections.addAll(args, childArgs);
        return Fork.run(jvmArgs, main, args.toArray(new String[0]));
      })));
    }
    return byVendor;
  }

  /**
   * The runs of one measurement folded into one row: each of {@code metrics} is the median over the
   * runs, kept to one decimal where the runs reported it with decimals and rounded to a whole number
   * where they reported whole numbers; with more than one run, {@code byRoundMetric} lists every
   * run's value (in run order) under {@code byRoundMetric + "ByRound"}. A run that failed (it has an
   * {@code error}) fails the row, which then holds only the first error: a round left out would
   * silently change what the median is taken over.
   */
  static Map<String, Object> fold(List<Map<String, Object>> runs, String byRoundMetric, String... metrics) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Map<String, Object> run : runs) {
      if (run.containsKey("error")) {
        row.put("error", run.get("error"));
        return row;
      }
    }
    for (String metric : metrics) {
      List<Double> values = new ArrayList<>();
      boolean whole = true;
      for (Map<String, Object> run : runs) {
        Number n = (Number) run.get(metric);
        if (n == null) {
          throw new IllegalArgumentException("a run has no " + metric + ": " + run);
        }
        whole &= n instanceof Integer || n instanceof Long;
        values.add(n.doubleValue());
      }
      double m = median(values);
      row.put(metric, whole ? (Object) Math.round(m) : (Object) round1(m));
    }
    if (runs.size() > 1) {
      List<Object> byRound = new ArrayList<>();
      for (Map<String, Object> run : runs) {
        byRound.add(run.get(byRoundMetric));
      }
      row.put(byRoundMetric + "ByRound", byRound);
    }
    return row;
  }

  /** How many runs have {@code true} under {@code flag}. */
  static int countTrue(List<Map<String, Object>> runs, String flag) {
    int n = 0;
    for (Map<String, Object> run : runs) {
      n += Boolean.TRUE.equals(run.get(flag)) ? 1 : 0;
    }
    return n;
  }

  /** Every run's value of {@code metric}, in run order (null where a run has none). */
  static List<Object> each(List<Map<String, Object>> runs, String metric) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> run : runs) {
      out.add(run.get(metric));
    }
    return out;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
