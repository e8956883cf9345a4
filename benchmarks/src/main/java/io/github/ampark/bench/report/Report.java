package io.github.ampark.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.bench.harness.JitSettle;
import io.github.ampark.bench.harness.Jvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code benchmarks/results/*.json} into {@code docs/benchmarks.md} with a table per scenario
 * (ratios to raw OkHttp) and an SVG chart per scenario in {@code docs/benchmarks/}.
 *
 * <p>Args: {@code resultsDir docsDir command}.
 */
public final class Report {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Said under S1's and S2's intros: what a round marked "(steal N %)" means. */
  private static final String STEAL_NOTE = "A round marked \"(steal N %)\" had N % of the machine's CPU time (all cores) taken by the\n"
      + "hypervisor during its measurement window (/proc/stat): time the machine's virtual CPUs were ready to run\n"
      + "and the host ran something else. The round's reading is slower for it, and only the median over the\n"
      + "rounds keeps it out.\n\n";
  private final Path results;
  private final Path docs;
  private final StringBuilder md = new StringBuilder();

  private Report(Path results, Path docs) {
    this.results = results;
    this.docs = docs;
  }

  public static void main(String[] args) throws IOException {
    Report r = new Report(Paths.get(args[0]), Paths.get(args[1]));
    r.write(args.length > 2 ? args[2] : "benchmarks/run.sh");
  }

  /** A committed, labelled measurement from before the pipeline work (benchmarks/notes/). */
  private JsonNode note(String name) throws IOException {
    Path p = Paths.get("benchmarks", "notes", name + ".json");
    return Files.exists(p) ? MAPPER.readTree(p.toFile()) : null;
  }

  private JsonNode load(String name) throws IOException {
    Path p = results.resolve(name + ".json");
    return Files.exists(p) ? MAPPER.readTree(p.toFile()) : null;
  }

  private void write(String command) throws IOException {
    Files.createDirectories(docs.resolve("benchmarks"));
    JsonNode s1 = load("s1-single-call");
    JsonNode s1p = load("s1-paired");
    JsonNode s2 = load("s2-concurrency");
    JsonNode s2p = load("s2-paired");
    JsonNode s3 = load("s3-batch");
    JsonNode s4 = load("s4-cold-start");
    JsonNode s5 = load("s5-signing");
    JsonNode s1jmh = load("s1-jmh-calls");
    JsonNode alloc = load("s1-alloc");
    JsonNode profile = load("profile-after");
    JsonNode profileBefore = note("profile-before");
    JsonNode allocBefore = note("alloc-before");
    JsonNode machine = s1 != null ? s1.path("machine") : s4 != null ? s4.path("machine") : MAPPER.createObjectNode();

    md.append("# Benchmarks\n\n");
    md.append("Ampark against the same calls written by hand on OkHttp (the floor for this stack) and in the style of\n")
        .append("the vendors' demos (hutool `HttpUtil` + fastjson + hand-rolled MD5; Apache HttpClient fluent for 4pyun),\n")
        .append("measured in one run on one machine against one loopback server.\n\n");
    md.append("- **Machine**: ").append(machine.path("cpu").asText()).append(", ").append(machine.path("cores").asText())
        .append(" cores, ").append(machine.path("memoryGiB").asText()).append(" GiB; ").append(machine.path("os").asText())
        .append("; ").append(machine.path("java").asText()).append('\n');
    md.append("- **Date**: ").append(LocalDate.now()).append('\n');
    md.append("- **Command**: `").append(command).append("` (add `--long` for longer warm-up, measurement and more JMH forks)\n");
    md.append("- **Server**: `LoopbackServer`, a lean blocking HTTP/1.1 server (one thread per keep-alive connection,\n")
        .append("  canned vendor envelopes) in its own JVM, so its CPU is reported apart from the client's. The client\n")
        .append("  and the server share the machine's cores, so absolute numbers are modest; compare the ratios.\n");
    md.append("- Every contender runs in a fresh JVM. Raw numbers: `benchmarks/results/*.json` after a run.\n\n");
    summary(s1, s1p, s2, s2p, s3, s4, s5);
    targets(s1, s1p, s1jmh, s2, s2p, s3, s4);
    costByFeature(s1, alloc, profile);

    if (s1 != null) {
      section1(s1);
    }
    if (s1p != null) {
      section1Paired(s1p);
    }
    if (s1jmh != null) {
      section1Allocation(s1jmh);
    }
    if (s2 != null) {
      section2(s2);
    }
    if (s2p != null) {
      section2Paired(s2p);
    }
    if (s3 != null) {
      section3(s3);
    }
    if (s4 != null) {
      section4(s4);
    }
    if (s5 != null) {
      section5(s5);
    }
    whereItGoes(alloc, allocBefore, profile, profileBefore, s4);
    Files.writeString(docs.resolve("benchmarks.md"), md.toString());
    System.out.println("wrote " + docs.resolve("benchmarks.md"));
  }

  /**
   * Ampark's extra µs per call over raw OkHttp, from the least ({@code lo}) to the most ({@code hi})
   * across vendors, in words: "5–12 µs more", "from 3 µs less to 6 µs more", or "5–21 µs less".
   */
  static String perCallDifference(double lo, double hi) {
    if (lo >= 0) {
      return String.format(Locale.ROOT, "%.0f–%.0f µs more per call", lo, hi);
    }
    if (hi < 0) {
      return String.format(Locale.ROOT, "%.0f–%.0f µs less per call", -hi, -lo);
    }
    return String.format(Locale.ROOT, "from %.0f µs less to %.0f µs more per call", -lo, hi);
  }

  /** The headline, computed from this run's rows so it never disagrees with the tables. */
  private void summary(JsonNode s1, JsonNode s1p, JsonNode s2, JsonNode s2p, JsonNode s3, JsonNode s4, JsonNode s5) {
    md.append("## What this run says\n\n");
    if (s1 != null) {
      double[] cpu = ratioRange(s1.path("rows"), "clientCpuMicrosPerCall", "vendor", null);
      double[] calling = ratioRange(s1.path("rows"), "callingThreadCpuMicrosPerCall", "vendor", null);
      boolean split = calling[1] > 0;
      String field = split ? "callingThreadCpuMicrosPerCall" : "clientCpuMicrosPerCall";
      double[] extra = differenceRange(s1.path("rows"), field);
      String difference = perCallDifference(extra[0], extra[1]);
      String work = (extra[1] < 0 ? ", while doing" : ":") + " input validation, building the request from its declared"
          + " method, the retry and signing interceptors, envelope decoding into typed values";
      md.append(String.format(Locale.ROOT,
          "- **Per call (S1)**: Ampark spends %.2f–%.2f× the client CPU of hand-written OkHttp doing the same"
              + " wire work", cpu[0], cpu[1]));
      if (split) {
        md.append(String.format(Locale.ROOT, ". On the calling thread it spends %.2f–%.2f×, %s%s; on OkHttp's"
            + " other threads it spends less, because its calls keep Okio's timeout watchdog asleep, while every"
            + " read and write of a hand-written OkHttp call with timeouts wakes it", calling[0], calling[1],
            difference, work));
      } else {
        md.append(", ").append(difference).append(work);
      }
      md.append(". Against a vendor round trip of tens of milliseconds this is noise; on a CPU-bound loopback it is"
          + " what you see.\n");
    }
    if (s1p != null) {
      JsonNode rows = s1p.path("rows");
      md.append("- **Per call, side by side (S1P)**: measured in paired windows, Ampark spends ")
          .append(range(pairedRange(rows, 1))).append(" the client CPU of hand-written OkHttp").append(controlText(rows))
          .append(".\n");
    }
    if (s2 != null) {
      double[] tp8 = ratioRange(s2.path("rows"), "throughputPerSec", "vendor", 8);
      long hutool = maxOf(s2.path("rows"), "connectionsOpened", "hutool+fastjson", 64);
      long ampark = maxOf(s2.path("rows"), "connectionsOpened", "ampark", 64);
      md.append(String.format(Locale.ROOT,
          "- **Under load (S2)**: with 8 threads on this 2-core machine the CPU is the bottleneck and Ampark reaches"
              + " %.2f–%.2f× the throughput of hand-written OkHttp. At 64 threads the hutool demo style opened up to"
              + " %,d new connections during the measurement (HttpURLConnection keeps only 5 idle per host), Ampark up"
              + " to %,d.\n",
          tp8[0], tp8[1], hutool, ampark));
    }
    if (s2p != null) {
      JsonNode rows = s2p.path("rows");
      md.append("- **Under load, side by side (S2P)**: measured in paired windows, Ampark reaches ")
          .append(range(pairedRange(rows, 8))).append(" the throughput of hand-written OkHttp at 8 threads and ")
          .append(range(pairedRange(rows, 64))).append(" at 64").append(controlText(rows));
      HutoolPairs hutool = hutoolPairs(rows);
      if (hutool != null) {
        md.append("; at 64 threads it reaches ").append(range(hutool.range)).append(" the throughput of the hutool demo style");
      }
      md.append(".\n");
    }
    if (s3 != null) {
      StringBuilder sb = new StringBuilder("- **Batches (S3)**: ");
      List<String> parts = new ArrayList<>();
      for (String dataset : datasets(s3.path("rows"))) {
        JsonNode seq = find(s3.path("rows"), dataset, "ampark-sync-sequential");
        JsonNode par = null; // the fastest Ampark setting of this run
        for (JsonNode r : s3.path("rows")) {
          if (dataset.equals(r.path("dataset").asText()) && r.path("contender").asText().startsWith("ampark-sync-parallel")
              && !r.has("error") && (par == null || r.path("wallMillis").asDouble() < par.path("wallMillis").asDouble())) {
            par = r;
          }
        }
        JsonNode naiveCap = null;
        JsonNode naive = null;
        for (JsonNode r : s3.path("rows")) {
          if (dataset.equals(r.path("dataset").asText()) && r.path("contender").asText().startsWith("demo-naive")) {
            if (r.has("error")) {
              naiveCap = r;
            } else {
              naive = r;
            }
          }
        }
        if (seq == null || par == null || seq.has("error") || par.has("error")) {
          continue;
        }
        String inFlight = par.path("contender").asText().substring("ampark-sync-parallel-".length());
        String p = String.format(Locale.ROOT, "%s: %s batches in flight took %.1f s instead of %.1f s sequentially,"
            + " peak heap %.0f MiB", dataset, inFlight, par.path("wallMillis").asDouble() / 1000,
            seq.path("wallMillis").asDouble() / 1000, par.path("peakHeapBytes").asDouble() / (1024 * 1024));
        if (naiveCap != null && naive != null) {
          p += String.format(Locale.ROOT, "; the naive demo loop died of %s under -Xmx%s%s and needed %.0f MiB of heap",
              naiveCap.path("error").asText(), naiveCap.path("xmx").asText(),
              s3FailedRounds(naiveCap, s3.path("settings").path("rounds").asInt(1)),
              naive.path("peakHeapBytes").asDouble() / (1024 * 1024));
        }
        parts.add(p);
      }
      md.append(sb.append(String.join(". ", parts)).append(".\n"));
    }
    if (s4 != null) {
      double[] cold = ratioRange(s4.path("rows"), "jvmToFirstCallMillisMedian", "vendor", null);
      double[] classes = ratioRange(s4.path("rows"), "classesLoadedMedian", "vendor", null);
      md.append(String.format(Locale.ROOT,
          "- **Cold start (S4)**: Ampark's first call completes %.2f–%.2f× as late as hand-written OkHttp's, having"
              + " loaded %.2f–%.2f× as many classes by then.", cold[0], cold[1], classes[0], classes[1]));
      double[] cds = new double[] {Double.MAX_VALUE, 0};
      for (JsonNode r : s4.path("rows")) {
        if ("ampark +AppCDS".equals(r.path("contender").asText()) && !r.has("error")) {
          for (JsonNode b : s4.path("rows")) {
            if ("ampark".equals(b.path("contender").asText()) && b.path("vendor").asText().equals(r.path("vendor").asText())
                && b.path("jvmToFirstCallMillisMedian").asDouble() > 0) {
              double x = r.path("jvmToFirstCallMillisMedian").asDouble() / b.path("jvmToFirstCallMillisMedian").asDouble();
              cds[0] = Math.min(cds[0], x);
              cds[1] = Math.max(cds[1], x);
            }
          }
        }
      }
      if (cds[1] > 0) {
        md.append(String.format(Locale.ROOT, " With an AppCDS archive (one training run, `-XX:SharedArchiveFile`) Ampark's"
            + " first call takes %.2f–%.2f× its time without.", cds[0], cds[1]));
      }
      md.append('\n');
    }
    if (s5 != null) {
      double min = Double.MAX_VALUE;
      double max = 0;
      double sealMin = Double.MAX_VALUE;
      double sealMax = 0;
      for (JsonNode r : s5.path("rows")) {
        double ns = r.path("nsPerOp").asDouble();
        if (r.path("signature").asText().startsWith("yinli")) {
          sealMin = Math.min(sealMin, ns);
          sealMax = Math.max(sealMax, ns);
        } else {
          min = Math.min(min, ns);
          max = Math.max(max, ns);
        }
      }
      md.append(String.format(Locale.ROOT,
          "- **Signing (S5)**: every MD5 and HMAC signature signs in %.1f–%.1f µs whoever implements it; signing"
              + " there is never the cost that matters, getting it right is.", min / 1000, max / 1000));
      if (sealMax > 0) {
        md.append(String.format(Locale.ROOT, " Yinli's 0.1 seal (AES plus an RSA-2048 signature) takes %.0f–%.0f µs"
            + " with Ampark's codec or by hand: the bulk of that call's client CPU in S1.", sealMin / 1000, sealMax / 1000));
      }
      md.append('\n');
    }
    md.append('\n');
  }

  /** The vendors whose hutool demo style reached at least Ampark's throughput at 64 threads in S2 (one JVM after another). */
  static List<String> sequentialBehind(JsonNode s2) {
    List<String> behind = new ArrayList<>();
    for (JsonNode a : s2.path("rows")) {
      if ("ampark".equals(a.path("contender").asText()) && a.path("threads").asInt() == 64) {
        for (JsonNode h : s2.path("rows")) {
          if (HUTOOL.equals(h.path("contender").asText()) && h.path("threads").asInt() == 64
              && h.path("vendor").asText().equals(a.path("vendor").asText())
              && h.path("throughputPerSec").asDouble() >= a.path("throughputPerSec").asDouble()) {
            behind.add(a.path("vendor").asText());
          }
        }
      }
    }
    return behind;
  }

  /** Issue 16's S1 ceiling: Ampark's client CPU per call at most this many times raw OkHttp's. */
  private static final double S1_CEILING = 1.10;

  /** Issue 16's S2 floor: Ampark's throughput at least this many times raw OkHttp's. */
  private static final double S2_FLOOR = 0.90;

  /** Issue 16's targets, each judged from this run's numbers. */
  private void targets(JsonNode s1, JsonNode s1p, JsonNode s1jmh, JsonNode s2, JsonNode s2p, JsonNode s3, JsonNode s4) {
    md.append("## Targets (issue 16)\n\n");
    md.append("Each a ratio measured side by side in this run; \"met\" is computed from the tables below.\n\n");
    md.append("| | target | this run | met |\n|---|---|---|---|\n");
    if (s1p != null) {
      JsonNode rows = s1p.path("rows");
      double[] p = pairedRange(rows, 1);
      List<String> failed = pairedFailures(rows);
      String sequential = s1 == null ? ""
          : "; one JVM after another (S1): " + range(ratioRange(s1.path("rows"), "clientCpuMicrosPerCall", "vendor", null));
      row("S1 client CPU per call vs raw OkHttp, every vendor", String.format(Locale.ROOT, "≤ %.2f×", S1_CEILING),
          "paired windows (S1P, what the target reads): " + rangeUpTo(p, S1_CEILING) + controlText(rows)
              + (failed.isEmpty() ? "" : "; failed for " + String.join(", ", failed)) + sequential,
          failed.isEmpty() && p[1] > 0 && p[1] <= S1_CEILING);
    } else if (s1 != null) {
      double[] r = ratioRange(s1.path("rows"), "clientCpuMicrosPerCall", "vendor", null);
      atMostRow("S1 client CPU per call vs raw OkHttp, every vendor", S1_CEILING, "", r);
    }
    if (s1jmh != null) {
      double[] r = ratioRange(s1jmh.path("rows"), "bytesPerOp", "vendor", null);
      atMostRow("S1 bytes allocated per call vs raw OkHttp (JMH `-prof gc`)", 1.15, "", r);
    }
    if (s2 != null) {
      double[] r8 = ratioRange(s2.path("rows"), "throughputPerSec", "vendor", 8);
      double[] r64 = ratioRange(s2.path("rows"), "throughputPerSec", "vendor", 64);
      List<String> sequentialBehind = sequentialBehind(s2);
      String sequentialHutool = sequentialBehind.isEmpty() ? "above hutool at 64 for every vendor"
          : "not above hutool at 64 for " + String.join(", ", sequentialBehind);
      HutoolPairs paired = s2p == null ? null : hutoolPairs(s2p.path("rows"));
      List<String> behind = paired == null ? sequentialBehind : paired.behind;
      String hutoolText = paired == null ? "; " + sequentialHutool
          : "; Ampark ÷ hutool demo style at 64 threads in paired windows (S2P, what the target reads): " + range(paired.range)
              + (behind.isEmpty() ? ", above it for every vendor" : ", not above it for " + String.join(", ", behind))
              + " (one JVM after another, S2: " + sequentialHutool + ")";
      String sequential = "8 threads " + range(r8) + ", 64 threads " + range(r64);
      String seen;
      boolean ratiosMet;
      if (s2p == null) {
        seen = sequential;
        ratiosMet = Math.min(r8[0], r64[0]) >= S2_FLOOR;
      } else {
        JsonNode rows = s2p.path("rows");
        double[] p8 = pairedRange(rows, 8);
        double[] p64 = pairedRange(rows, 64);
        List<String> failed = pairedFailures(rows);
        seen = "paired windows (S2P, what the target reads): 8 threads " + rangeAtLeast(p8, S2_FLOOR) + ", 64 threads "
            + rangeAtLeast(p64, S2_FLOOR)
            + controlText(rows) + (failed.isEmpty() ? "" : "; failed for " + String.join(", ", failed))
            + "; one JVM after another (S2): " + sequential;
        ratiosMet = failed.isEmpty() && p8[1] > 0 && p64[1] > 0 && Math.min(p8[0], p64[0]) >= S2_FLOOR;
      }
      row("S2 throughput at 8 and 64 threads vs raw OkHttp",
          String.format(Locale.ROOT, "≥ %.2f×, and above the hutool demo style at 64", S2_FLOOR),
          seen + hutoolText, ratiosMet && behind.isEmpty());
    }
    if (s3 != null) {
      List<String> parts = new ArrayList<>();
      boolean met = true;
      for (String dataset : datasets(s3.path("rows"))) {
        JsonNode best = null;
        JsonNode naive = null;
        for (JsonNode r : s3.path("rows")) {
          if (!dataset.equals(r.path("dataset").asText()) || r.has("error")) {
            continue;
          }
          String c = r.path("contender").asText();
          if (c.startsWith("ampark") && (best == null || r.path("wallMillis").asDouble() < best.path("wallMillis").asDouble())) {
            best = r;
          } else if (c.startsWith("demo-naive")) {
            naive = r;
          }
        }
        if (best == null || naive == null) {
          met = false;
          continue;
        }
        double speedup = naive.path("wallMillis").asDouble() / best.path("wallMillis").asDouble();
        double mib = best.path("peakHeapBytes").asDouble() / (1024 * 1024);
        met &= speedup >= 5 && mib <= 64;
        parts.add(String.format(Locale.ROOT, "%s: %s %.1f× faster, peak heap %.0f MiB", dataset,
            best.path("contender").asText(), speedup, mib));
      }
      row("S3 100,000 records, 20 ms server, best Ampark setting vs the naive demo loop", "≥ 5× faster, peak heap ≤ 64 MiB",
          String.join("; ", parts), met && !parts.isEmpty());
    }
    if (s4 != null) {
      double[] r = ratioRange(s4.path("rows"), "jvmToFirstCallMillisMedian", "vendor", null);
      atMostRow("S4 JVM start → first call vs raw OkHttp", 1.00, " for every vendor", r);
    }
    md.append('\n');
    md.append(unmet == 0 ? "Every target is met in this run. " : "What holds a target that is not met: ")
        .append("\"What the difference is the cost of\" splits each S1 call (CPU\n")
        .append("and bytes, which also bound S2 on this CPU-bound machine, where client and server share 2 cores) by\n")
        .append("feature, and says what each feature buys; \"Whose classes they are\" under S4 splits the cold start by\n")
        .append("library. Each table shows every round: one JVM's reading of the same work moves by up to a third.\n\n");
  }

  /** Targets found not met so far by {@link #row}. */
  private int unmet;

  /** A target of at most {@code limit}: its text, this run's range and "met" all read the one limit. */
  private void atMostRow(String what, double limit, String targetSuffix, double[] r) {
    row(what, String.format(Locale.ROOT, "≤ %.2f×", limit) + targetSuffix, rangeUpTo(r, limit), r[1] > 0 && r[1] <= limit);
  }

  private void row(String what, String target, String seen, boolean met) {
    unmet += met ? 0 : 1;
    md.append("| ").append(what).append(" | ").append(target).append(" | ").append(seen).append(" | ")
        .append(met ? "met" : "**not met**").append(" |\n");
  }

  private static String range(double[] r) {
    return range(r, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** {@link #range} beside a target of at most {@code limit}: see {@link #range(double[], double, double)}. */
  static String rangeUpTo(double[] r, double limit) {
    return range(r, Double.NEGATIVE_INFINITY, limit);
  }

  /** {@link #range} beside a target of at least {@code limit}: see {@link #range(double[], double, double)}. */
  static String rangeAtLeast(double[] r, double limit) {
    return range(r, limit, Double.POSITIVE_INFINITY);
  }

  /**
   * The lowest and highest ratio to two decimals, except a ratio on the wrong side of the target's
   * bound that two decimals would print as the bound itself: that one gets three (1.1007 against at
   * most 1.10 reads "1.101×", not "1.10×" beside "not met"; 0.8996 against at least 0.90 reads "0.900×").
   */
  private static String range(double[] r, double atLeast, double atMost) {
    return r[1] == 0 ? "–" : bound(r[0], atLeast, atMost) + "–" + bound(r[1], atLeast, atMost) + "×";
  }

  private static String bound(double v, double atLeast, double atMost) {
    String two = String.format(Locale.ROOT, "%.2f", v);
    boolean hidden = v < atLeast && two.equals(String.format(Locale.ROOT, "%.2f", atLeast))
        || v > atMost && two.equals(String.format(Locale.ROOT, "%.2f", atMost));
    return hidden ? String.format(Locale.ROOT, "%.3f", v) : two;
  }

  /**
   * What each feature of the call costs, Ampark beside hand-written OkHttp: the JFR profile's shares
   * by feature ({@code Features}) times this run's bytes per call ({@code AllocPerCall}) and client
   * CPU per call (S1). The answer to "what holds the target, and what is it the cost of".
   */
  private void costByFeature(JsonNode s1, JsonNode alloc, JsonNode profile) {
    if (profile == null || alloc == null) {
      return;
    }
    md.append("## What the difference is the cost of\n\n");
    md.append("Each vendor's S1 call split by feature: JFR samples attributed to the feature whose frame is innermost\n")
        .append("on the stack (`Features` in the benchmarks module has the rules). Bytes: allocation samples of the\n")
        .append("calling thread in one extra `AllocPerCall` round, scaled to its bytes per call. CPU: execution samples\n")
        .append("of the JMH call's worker thread (`benchmarks/profile.sh`), scaled to S1's calling-thread CPU per call;\n")
        .append("\"other threads\" is the rest of S1's client CPU (OkHttp's background threads: Okio's timeout watchdog and\n")
        .append("the connection pool's closer; GC; JIT). The engine column is OkHttp's connection and HTTP/1.1 work below the interceptors, which\n")
        .append("every contender does; for raw OkHttp, \"outside\" is its hand-written signing and JSON. Shares of a\n")
        .append("sampled profile: read them to about a thousand bytes and a few microseconds.\n\n");
    List<String> features = new ArrayList<>(io.github.ampark.bench.jmh.Features.ORDER);
    md.append("| vendor | contender | ");
    for (String f : features) {
      md.append(f.equals(io.github.ampark.bench.jmh.Features.OTHER) ? "outside OkHttp and Ampark" : f).append(" | ");
    }
    md.append("other threads | total |\n|---|---|");
    for (int i = 0; i <= features.size() + 1; i++) {
      md.append("---:|");
    }
    md.append('\n');
    profile.path("vendors").fields().forEachRemaining(e -> {
      String vendor = e.getKey();
      for (String contender : new String[] {"ampark", "raw-okhttp"}) {
        JsonNode p = contender.equals("ampark") ? e.getValue() : e.getValue().path("raw");
        double bytes = value(alloc, vendor, contender, "bytesPerCall");
        JsonNode measured = row(alloc, vendor, contender).path("bytesByFeature");
        double micros = s1 == null ? 0 : value(s1, vendor, contender, "clientCpuMicrosPerCall");
        double calling = callingThread(s1, vendor, contender);
        if (!measured.isObject() && !p.has("allocByFeature")) {
          continue;
        }
        md.append("| ").append(vendor).append(" | ").append(contender).append(" bytes | ");
        for (String f : features) {
          // the calling thread's own split (AllocPerCall) where measured, else the JMH profile's
          md.append(num(measured.isObject() ? measured.path(f).asDouble() : share(p.path("allocByFeature"), f) * bytes))
              .append(" | ");
        }
        md.append("– | ").append(num(bytes)).append(" |\n");
        if (micros > 0) {
          md.append("| ").append(vendor).append(" | ").append(contender).append(" µs CPU | ");
          for (String f : features) {
            double us = share(p.path("cpuByFeature"), f) * calling;
            md.append(us <= 0 ? "–" : String.format(Locale.ROOT, "%.1f", us)).append(" | ");
          }
          md.append(String.format(Locale.ROOT, "%.1f | %.1f |\n", otherThreads(s1, vendor, contender), micros));
        }
      }
    });
    md.append('\n');
    List<String> held = new ArrayList<>();
    profile.path("vendors").fields().forEachRemaining(e -> {
      String vendor = e.getKey();
      double amp = callingThread(s1, vendor, "ampark");
      double raw = callingThread(s1, vendor, "raw-okhttp");
      double ampOther = otherThreads(s1, vendor, "ampark");
      double rawOther = otherThreads(s1, vendor, "raw-okhttp");
      double ampEngine = share(e.getValue().path("cpuByFeature"), io.github.ampark.bench.jmh.Features.ENGINE);
      double rawEngine = share(e.getValue().path("raw").path("cpuByFeature"), io.github.ampark.bench.jmh.Features.ENGINE);
      double ratio = engineHeldEqual(amp, ampEngine, raw, rawEngine, ampOther, rawOther);
      if (ratio > 0) {
        held.add(String.format(Locale.ROOT, "%s %.2f× (%.1f µs of its own work against %.1f; other threads %.1f against %.1f)",
            vendor, ratio, amp * (1 - ampEngine), raw * (1 - rawEngine), ampOther, rawOther));
      }
    });
    if (!held.isEmpty()) {
      md.append("On the calling thread the engine column is nearly the same work for both contenders (the same bytes\n")
          .append("through the same OkHttp version; Ampark's caller also skips most of the watchdog's signalling), so what\n")
          .append("differs there is mostly the sample's noise. Taking raw OkHttp's engine reading for both and each side's\n")
          .append("other threads as measured, Ampark's call costs ").append(String.join(", ", held))
          .append(" of the hand-written call's client CPU; \"its own work\" is the calling thread's work but the engine, against\n")
          .append("the hand-written signing and JSON. \"Other threads\" is lower for Ampark because its calls keep Okio's\n")
          .append("watchdog asleep (`WatchdogPacer`): with a call deadline and read/write timeouts, each read and write of a\n")
          .append("hand-written OkHttp call wakes that thread. Yinli's envelope crypto is the same AES and RSA work in both (S5).\n\n");
    }
    md.append("What each feature buys the user, and why it stays:\n\n")
        .append("- **request building**: one interface per vendor, in Retrofit's annotations, that reads like the vendor's\n")
        .append("  table, typed parameters, the idempotency class on each method. Each method is compiled once into a\n")
        .append("  request template (`RequestTemplate`); a call applies its arguments, builds the body and tags the\n")
        .append("  request with the method's facts. What is left is the price of declaring endpoints instead of\n")
        .append("  hand-writing each request.\n")
        .append("- **typed request + validation**: immutable requests with units in their names, and a\n")
        .append("  `ValidationException` naming the field before anything is sent (the rule for bad input).\n")
        .append("- **signing**: the vendor's rule applied to the request as sent, extra fields included, by the same\n")
        .append("  public signer that verifies callbacks and reproduces the spec's vectors.\n")
        .append("- **retry, deadline, network marker**: retries by idempotency class, one deadline over everything the\n")
        .append("  call does, and the \"may have reached the vendor\" fact carried to the exception.\n")
        .append("- **keyed-call protocol**: the reconcile query after an ambiguous failure instead of a double charge.\n")
        .append("- **answer**: the capped body read (`maxResponseBytes`), the envelope's code checked into a typed\n")
        .append("  exception with the vendor's code, message and request id, and a typed result with open enums\n")
        .append("  that keep unknown codes. Hand-written code reads two fields of a tree.\n\n");
  }

  /**
   * Ampark's client CPU per call over raw OkHttp's, with the OkHttp engine's part of Ampark's calling
   * thread replaced by raw OkHttp's reading of the same work, and each side's other threads as
   * measured; 0 when a number is missing.
   *
   * @param amp Ampark's calling-thread CPU per call
   * @param ampEngineShare the engine's share of Ampark's profile
   * @param raw raw OkHttp's calling-thread CPU per call
   * @param rawEngineShare the engine's share of raw OkHttp's profile
   * @param ampOther Ampark's CPU per call on other threads (0 when not measured apart)
   * @param rawOther raw OkHttp's CPU per call on other threads (0 when not measured apart)
   */
  static double engineHeldEqual(double amp, double ampEngineShare, double raw, double rawEngineShare,
      double ampOther, double rawOther) {
    if (amp <= 0 || raw <= 0 || ampEngineShare <= 0 || rawEngineShare <= 0) {
      return 0;
    }
    return (amp * (1 - ampEngineShare) + raw * rawEngineShare + Math.max(0, ampOther)) / (raw + Math.max(0, rawOther));
  }

  /** S1's calling-thread CPU per call for a contender; its whole client CPU for results without the split. */
  private static double callingThread(JsonNode s1, String vendor, String contender) {
    if (s1 == null) {
      return 0;
    }
    double calling = value(s1, vendor, contender, "callingThreadCpuMicrosPerCall");
    return calling > 0 ? calling : value(s1, vendor, contender, "clientCpuMicrosPerCall");
  }

  /** S1's CPU per call on a contender's other threads (client CPU less the calling thread's); 0 without the split. */
  private static double otherThreads(JsonNode s1, String vendor, String contender) {
    return s1 == null ? 0 : value(s1, vendor, contender, "clientCpuMicrosPerCall") - callingThread(s1, vendor, contender);
  }

  private static double share(JsonNode list, String what) {
    for (JsonNode e : list) {
      if (what.equals(e.path("what").asText())) {
        return e.path("share").asDouble();
      }
    }
    return 0;
  }

  private static double value(JsonNode doc, String vendor, String contender, String field) {
    return row(doc, vendor, contender).path(field).asDouble();
  }

  private static JsonNode row(JsonNode doc, String vendor, String contender) {
    for (JsonNode r : doc.path("rows")) {
      if (vendor.equals(r.path("vendor").asText()) && contender.equals(r.path("contender").asText())
          && (!r.has("threads") || r.path("threads").asInt() == 1)) {
        return r;
      }
    }
    return MAPPER.createObjectNode();
  }

  /**
   * "Where the time and the bytes go": the calling thread's bytes per call before the pipeline work
   * (a committed note) and in this run, and the JFR profile of each vendor's S1 call (shares).
   */
  private void whereItGoes(JsonNode alloc, JsonNode allocBefore, JsonNode profile, JsonNode profileBefore, JsonNode s4)
      throws IOException {
    if (alloc == null && profile == null && profileBefore == null) {
      return;
    }
    md.append("## Where the time and the bytes go\n\n");
    md.append("Measured so that a busy machine does not move the numbers: bytes the calling thread allocates per S1\n")
        .append("call after warm-up (`AllocPerCall`; a synchronous OkHttp call runs entirely on the calling thread, and the\n")
        .append("loopback server's threads are not counted, unlike JMH's `-prof gc`), and JFR samples of the JMH S1 call\n")
        .append("read as shares (`benchmarks/profile.sh`). \"Before\" is `benchmarks/notes/` (committed, measured on the\n")
        .append("development machine before the pipeline work of issue 16); \"now\" is this run.\n\n");
    if (alloc != null || allocBefore != null) {
      md.append("| vendor | Ampark bytes/call before | now | raw OkHttp bytes/call | Ampark vs raw now |\n")
          .append("|---|---:|---:|---:|---:|\n");
      Map<String, double[]> v = new LinkedHashMap<>();
      for (JsonNode doc : new JsonNode[] {allocBefore, alloc}) {
        if (doc == null) {
          continue;
        }
        for (JsonNode r : doc.path("rows")) {
          double[] x = v.computeIfAbsent(r.path("vendor").asText(), k -> new double[3]);
          boolean ampark = "ampark".equals(r.path("contender").asText());
          if (doc == allocBefore && ampark) {
            x[0] = r.path("bytesPerCall").asDouble();
          } else if (doc == alloc && ampark) {
            x[1] = r.path("bytesPerCall").asDouble();
          } else if (doc == alloc || x[2] == 0) {
            x[2] = r.path("bytesPerCall").asDouble();
          }
        }
      }
      for (Map.Entry<String, double[]> e : v.entrySet()) {
        double[] x = e.getValue();
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |\n", e.getKey(), num(x[0]), num(x[1]), num(x[2]),
            x[1] > 0 && x[2] > 0 ? ratio(x[1], x[2]) : "–"));
      }
      md.append('\n');
    }
    for (JsonNode doc : new JsonNode[] {profileBefore, profile}) {
      if (doc == null) {
        continue;
      }
      md.append("### Profile ").append(doc == profileBefore ? "before" : "now").append('\n').append('\n');
      if (doc.has("commit")) {
        md.append("Commit: ").append(doc.path("commit").asText()).append(". ");
      }
      if (doc.has("note")) {
        md.append(doc.path("note").asText());
      } else {
        md.append("Measured in this run (`benchmarks/profile.sh after`).");
      }
      md.append("\n\n| vendor | CPU by library (share of samples) | CPU by Ampark site | allocation by Ampark site |\n")
          .append("|---|---|---|---|\n");
      doc.path("vendors").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
          .append(shares(e.getValue().path("cpuByLayer"), 5)).append(" | ")
          .append(shares(e.getValue().path("cpuByAmparkSite"), 5)).append(" | ")
          .append(shares(e.getValue().path("allocByAmparkSite"), 5)).append(" |\n"));
      md.append('\n');
    }
    md.append("How to read the sites: \"OkHttp below Ampark's interceptors\" is the connection and network work every\n")
        .append("contender does; `AmparkCallAdapterFactory$RealCall.execute` is the service method's `RequestTemplate`\n")
        .append("building the request (arguments applied, the body written); `ResponseContext.parse` and `Exchange.convert`\n")
        .append("are reading the envelope and binding `data` to the typed result.\n\n");
  }

  private static String num(double v) {
    return v <= 0 ? "–" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String shares(JsonNode list, int n) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : list) {
      if (out.size() == n) {
        break;
      }
      out.add(String.format(Locale.ROOT, "%s %.0f%%", e.path("what").asText().replace("|", "/").replace("$", "\\$"),
          e.path("share").asDouble() * 100));
    }
    return String.join("; ", out);
  }

  private static List<String> datasets(JsonNode rows) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    for (JsonNode r : rows) {
      s.add(r.path("dataset").asText());
    }
    return new ArrayList<>(s);
  }

  private static JsonNode find(JsonNode rows, String dataset, String contender) {
    for (JsonNode r : rows) {
      if (dataset.equals(r.path("dataset").asText()) && contender.equals(r.path("contender").asText())) {
        return r;
      }
    }
    return null;
  }

  /** Min and max of ampark/raw for a field, per vendor (and thread count when given). */
  private static double[] ratioRange(JsonNode rows, String field, String by, Integer threads) {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (JsonNode r : rows) {
      // (a failed row has no value; JMH rows carry a numeric "error", the score's error)
      if (!"ampark".equals(r.path("contender").asText()) || !(r.path(field).asDouble() > 0)
          || (threads != null && r.path("threads").asInt() != threads)) {
        continue;
      }
      for (JsonNode b : rows) {
        if (isRaw(b.path("contender").asText()) && b.path(by).asText().equals(r.path(by).asText())
            && (threads == null || b.path("threads").asInt() == threads) && b.path(field).asDouble() > 0) {
          double ratio = r.path(field).asDouble() / b.path(field).asDouble();
          min = Math.min(min, ratio);
          max = Math.max(max, ratio);
        }
      }
    }
    return new double[] {min == Double.MAX_VALUE ? 0 : min, max};
  }

  private static double[] differenceRange(JsonNode rows, String field) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (JsonNode r : rows) {
      if (!"ampark".equals(r.path("contender").asText())) {
        continue;
      }
      for (JsonNode b : rows) {
        if ("raw-okhttp".equals(b.path("contender").asText()) && b.path("vendor").asText().equals(r.path("vendor").asText())) {
          double d = r.path(field).asDouble() - b.path(field).asDouble();
          min = Math.min(min, d);
          max = Math.max(max, d);
        }
      }
    }
    return new double[] {min, max};
  }

  private static long maxOf(JsonNode rows, String field, String contender, int threads) {
    long max = 0;
    for (JsonNode r : rows) {
      if (contender.equals(r.path("contender").asText()) && r.path("threads").asInt() == threads) {
        max = Math.max(max, r.path(field).asLong());
      }
    }
    return max;
  }

  private static Map<String, JsonNode> rawBy(JsonNode rows, String... keys) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (JsonNode r : rows) {
      if (isRaw(r.path("contender").asText())) {
        StringBuilder k = new StringBuilder();
        for (String key : keys) {
          k.append(r.path(key).asText()).append('/');
        }
        m.put(k.toString(), r);
      }
    }
    return m;
  }

  /** The baseline rows: raw OkHttp itself (not its AppCDS variant). */
  private static boolean isRaw(String contender) {
    return contender.equals("raw-okhttp") || contender.equals("raw-okhttp-streaming");
  }

  private static String key(JsonNode r, String... keys) {
    StringBuilder k = new StringBuilder();
    for (String key : keys) {
      k.append(r.path(key).asText()).append('/');
    }
    return k.toString();
  }

  private static String ratio(double value, double base) {
    return base <= 0 ? "–" : String.format(Locale.ROOT, "%.2f×", value / base);
  }

  private static List<String> series(JsonNode rows) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    for (JsonNode r : rows) {
      s.add(r.path("contender").asText());
    }
    return new ArrayList<>(s);
  }

  private void chart(String file, String title, String unit, List<Svg.Bar> bars, List<String> series) throws IOException {
    Files.writeString(docs.resolve("benchmarks").resolve(file), Svg.barChart(title, unit, bars, series));
    md.append("![").append(title).append("](benchmarks/").append(file).append(")\n\n");
  }

  /**
   * {@link #STEAL_NOTE} for a run that recorded steal (runs before it did not), else a paragraph end;
   * for a run that measured stolen rounds again, the note says so and how often.
   */
  static String stealNote(JsonNode doc) {
    boolean recorded = false;
    for (JsonNode r : doc.path("rows")) {
      recorded |= r.has("stealPercentByRound");
    }
    if (!recorded) {
      return "\n";
    }
    String rule = doc.path("settings").path("stealRetry").asText("none");
    if (rule.equals("none")) {
      return STEAL_NOTE;
    }
    long used = doc.path("settings").path("stealRetriesUsed").asLong();
    return STEAL_NOTE.substring(0, STEAL_NOTE.length() - 1)
        + "In this run " + rule + ": " + used + (used == 1 ? " attempt" : " attempts") + " made again. A round shows\n"
        + "the attempt it kept; \"(again after steal N %)\" gives the steal of the attempts it replaced. The choice\n"
        + "reads only the steal, never the measured value.\n\n";
  }

  /**
   * For a run whose children measured a window again after a compiler burst ({@code
   * windowJitMillisByRound}), what "(again after JIT N ms)" means and how often it happened; else "".
   */
  static String jitWindowNote(JsonNode doc) {
    boolean recorded = false;
    int again = 0;
    for (JsonNode r : doc.path("rows")) {
      recorded |= r.has("windowJitMillisByRound");
      for (JsonNode round : r.path("windowJitMillisByRound")) {
        again += Math.max(0, round.size() - 1);
      }
    }
    if (!recorded) {
      return "";
    }
    return "Settling ends on two quiet seconds, and a JVM can still recompile later: a window in which the compiler\n"
        + "spent more than " + JitSettle.QUIET_MILLIS + " ms per second compiling is measured again in the same JVM (at most "
        + JitSettle.WINDOW_RETRIES + " times more) and the\n"
        + "last kept; its round is marked \"(again after JIT N ms)\" with the compilation of the windows it replaced. The\n"
        + "choice reads only the compiler's time, never the measured value. In this run " + again
        + (again == 1 ? " window was" : " windows were") + " measured again.\n";
  }

  private void settings(JsonNode doc) {
    md.append("Settings: ");
    List<String> parts = new ArrayList<>();
    doc.path("settings").fields().forEachRemaining(e -> parts.add(e.getKey() + " " + e.getValue().asText()));
    md.append(String.join(", ", parts)).append(".\n\n");
  }

  private void section1(JsonNode doc) throws IOException {
    md.append("## S1 — single call\n\n");
    md.append("One thread, calls back to back: Wikeyun `rest/Power/pushOrder` (form + query signature), 4pyun\n")
        .append("`parking/internal/vip/recharge` (JSON + `Authorization`), Bolink `neworder/updateorder` (family A JSON),\n")
        .append("Wanzhuang `open/charge/start` (JSON + HMAC-SHA256 `sign`, a keyed call), Yinli 2.1 `deviceInfo` through the\n")
        .append("0.1 envelope (AES-sealed body, SHA256withRSA-2048 signature, multipart; the answer verified and opened).\n")
        .append("Client CPU is this process's CPU time (all threads, JIT and GC included) divided by calls; \"calling\n")
        .append("thread\" is the part spent on the thread making the calls. The rest is OkHttp's background threads\n")
        .append("(Okio's timeout watchdog, the connection pool's closer), GC and JIT.\n")
        .append("The warm-up is counted in calls as well as seconds (the warmupCalls setting): C2 compiles a method after it\n")
        .append("has run a number of times, and Yinli's 1 ms call makes 800–900 calls a second where the others make\n")
        .append("10,000–16,000, so a warm-up of seconds alone left its Ampark JVMs still compiling in the window\n")
        .append("(benchmarks/notes, \"Two full runs of the same code\").\n")
        .append("The warm-up lasts until the JIT has settled (after the warm-up, calls go on until the JVM's own\n")
        .append("compilation time says the compiler is quiet; the table after the CPU table says how long that took):\n")
        .append("Ampark's deeper pipeline (request templates, interceptors,\n")
        .append("envelope decoding) reaches C2 steady state later than a hand-written call, about 6 s into the run\n")
        .append("on the machine of the 2026-11-30 runs (`-XX:+PrintCompilation` shows 600–900 compilations in that second, against none\n")
        .append("for raw OkHttp). With the 4 s warm-up of earlier runs the measurement included that C2 time and\n")
        .append("showed Ampark at about 2× raw OkHttp's CPU; it is a one-off start-up cost (S4), not a per-call one.\n")
        .append("Each contender runs once per round in a fresh JVM, a vendor's contenders interleaved and their order\n")
        .append("reversed every other round; the table shows the median over the rounds (and every round's client CPU):\n")
        .append("one JVM's reading moves with its JIT's choices, by up to a third on the same work. Where the run has\n")
        .append("S1P (the same calls in paired windows, below), S1's CPU target reads S1P.\n")
        .append(jitWindowNote(doc))
        .append(stealNote(doc));
    settings(doc);
    JsonNode rows = doc.path("rows");
    Map<String, JsonNode> raw = rawBy(rows, "vendor");
    md.append("| vendor | contender | calls/s | vs raw OkHttp | client CPU µs/call | vs raw OkHttp | of it, calling thread | server CPU µs/call | client CPU by round |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (JsonNode r : rows) {
      if (r.has("error")) {
        md.append("| ").append(r.path("vendor").asText()).append(" | ").append(r.path("contender").asText())
            .append(" | failed: ").append(r.path("error").asText()).append(" | | | | | | |\n");
        continue;
      }
      JsonNode base = raw.get(key(r, "vendor"));
      double tp = r.path("throughputPerSec").asDouble();
      double cpu = r.path("clientCpuMicrosPerCall").asDouble();
      String byRound = byRound(r, "clientCpuMicrosPerCall", ", ", v -> String.format(Locale.ROOT, "%.1f", v));
      double calling = r.path("callingThreadCpuMicrosPerCall").asDouble();
      md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %s | %.1f | %s | %s | %.1f | %s |\n",
          r.path("vendor").asText(), r.path("contender").asText(), tp,
          base == null ? "–" : ratio(tp, base.path("throughputPerSec").asDouble()), cpu,
          base == null ? "–" : ratio(cpu, base.path("clientCpuMicrosPerCall").asDouble()),
          calling > 0 ? String.format(Locale.ROOT, "%.1f", calling) : "–",
          r.path("serverCpuMicrosPerCall").asDouble(), byRound.isEmpty() ? "–" : byRound));
      bars.add(new Svg.Bar(r.path("vendor").asText() + " · " + r.path("contender").asText(), cpu,
          r.path("contender").asText(), null));
    }
    md.append('\n');
    md.append(settleTable(rows, "clientCpuMicrosPerCall", "calls after the warm-up"));
    chart("s1-client-cpu.svg", "S1: client CPU per call (lower is better)", "µs", bars, series(rows));
  }

  private void section1Allocation(JsonNode doc) throws IOException {
    md.append("### S1 in JMH — time and allocation per call\n\n");
    md.append("The same calls as JMH benchmarks (`CallBenchmarks`, loopback server in the same JVM, so the time\n")
        .append("includes the server's work too): what each call allocates, from `-prof gc`.\n\n");
    settings(doc);
    JsonNode rows = doc.path("rows");
    Map<String, JsonNode> raw = rawBy(rows, "vendor");
    md.append("| vendor | contender | µs/call | ± | vs raw OkHttp | bytes allocated/call | vs raw OkHttp |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : rows) {
      JsonNode base = raw.get(key(r, "vendor"));
      double us = r.path("nsPerOp").asDouble() / 1000;
      md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %s | %,.0f | %s |\n", r.path("vendor").asText(),
          r.path("contender").asText(), us, r.path("error").asDouble() / 1000,
          base == null ? "–" : ratio(us, base.path("nsPerOp").asDouble() / 1000), r.path("bytesPerOp").asDouble(),
          base == null ? "–" : ratio(r.path("bytesPerOp").asDouble(), base.path("bytesPerOp").asDouble())));
    }
    md.append('\n');
  }

  private void section2(JsonNode doc) throws IOException {
    md.append("## S2 — concurrency\n\n");
    md.append("1, 8 and 64 threads calling at once, one thread count after the other in each contender's JVM.\n")
        .append("Connections: how many the server saw opened during the measurement (after warm-up) — churn shows a\n")
        .append("pool that is too small for the load. Each contender runs once per round in a fresh JVM, a vendor's\n")
        .append("contenders interleaved and their order reversed every other round (as in S1); the table shows each\n")
        .append("metric's median over the rounds at that thread count (and every round's calls/s): one contender's\n")
        .append("throughput moves by up to a third between minutes on this shared machine.\n")
        .append("Before the first thread count each JVM runs 8 threads until its JIT compiler is quiet (as S1's warm-up\n")
        .append("does, but by the JVM's own compilation time rather than a fixed time): with 8 threads calling, the\n")
        .append("compiler competes with the calls for the two cores, and a fixed 3 s warm-up measured inside a climb of\n")
        .append("40–100 % (benchmarks/notes). How long each contender took to get there, and the compiler time it had\n")
        .append("spent by then, is in the table after the throughput table: a start-up cost (S4), not a per-call one.\n")
        .append(stealNote(doc));
    settings(doc);
    JsonNode rows = doc.path("rows");
    Map<String, JsonNode> raw = rawBy(rows, "vendor", "threads");
    md.append("| vendor | contender | threads | calls/s | vs raw OkHttp | p50 µs | p99 µs | connections opened | calls/s by round |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (JsonNode r : rows) {
      if (r.has("error")) {
        md.append("| ").append(r.path("vendor").asText()).append(" | ").append(r.path("contender").asText())
            .append(" | | failed: ").append(r.path("error").asText()).append(" | | | | | |\n");
        continue;
      }
      JsonNode base = raw.get(key(r, "vendor", "threads"));
      double tp = r.path("throughputPerSec").asDouble();
      String byRound = byRound(r, "throughputPerSec", " / ", v -> String.format(Locale.ROOT, "%,d", (long) v));
      md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,.0f | %s | %,d | %,d | %d | %s |\n",
          r.path("vendor").asText(), r.path("contender").asText(), r.path("threads").asInt(), tp,
          base == null ? "–" : ratio(tp, base.path("throughputPerSec").asDouble()),
          r.path("p50Micros").asLong(), r.path("p99Micros").asLong(), r.path("connectionsOpened").asLong(),
          byRound.isEmpty() ? "–" : byRound));
      if (r.path("threads").asInt() == 64) {
        bars.add(new Svg.Bar(r.path("vendor").asText() + " · " + r.path("contender").asText(), tp,
            r.path("contender").asText(), "(p99 " + r.path("p99Micros").asLong() / 1000 + " ms)"));
      }
    }
    md.append('\n');
    md.append(settleTable(rows, "throughputPerSec", "8-thread calls"));
    chart("s2-throughput-64.svg", "S2: throughput with 64 threads (higher is better)", "calls/s", bars, series(rows));
  }

  /** Whether an S2P row is the control pair, raw OkHttp against itself. */
  private static boolean isControl(JsonNode r) {
    return r.path("contender").asText().equals(r.path("against").asText());
  }

  private static final String PAIRED_RAW = "raw-okhttp";
  private static final String HUTOOL = "hutool+fastjson";

  /**
   * S2P's Ampark ÷ hutool demo style rows at 64 threads (runs since 2026-12-02 pair them; older runs
   * have none): {@code behind} lists each vendor whose median ratio is not above 1.00× or whose pair
   * failed, {@code range} the lowest and highest median; null when the run has no such row.
   */
  static HutoolPairs hutoolPairs(JsonNode rows) {
    List<String> behind = new ArrayList<>();
    boolean any = false;
    for (JsonNode r : rows) {
      if (!"ampark".equals(r.path("contender").asText()) || !HUTOOL.equals(r.path("against").asText())) {
        continue;
      }
      any = true;
      if (r.has("error")) {
        behind.add(r.path("vendor").asText() + " (failed)");
      } else if (r.path("threads").asInt() == 64 && r.path("ratio").asDouble() <= 1.0) {
        behind.add(r.path("vendor").asText());
      }
    }
    return any ? new HutoolPairs(behind, pairedRange(rows, 64, HUTOOL)) : null;
  }

  /** What {@link #hutoolPairs} found. */
  static final class HutoolPairs {
    final List<String> behind;
    final double[] range;

    HutoolPairs(List<String> behind, double[] range) {
      this.behind = behind;
      this.range = range;
    }
  }

  /** Min and max over vendors of S2P's Ampark ÷ raw OkHttp ratio at {@code threads}; {0, 0} when none. */
  static double[] pairedRange(JsonNode rows, int threads) {
    return pairedRange(rows, threads, PAIRED_RAW);
  }

  /**
   * Min and max over vendors of S2P's Ampark ÷ {@code against} ratio at {@code threads}; {0, 0} when
   * none (rows of runs before S2P named {@code against} count as raw OkHttp's).
   */
  static double[] pairedRange(JsonNode rows, int threads, String against) {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (JsonNode r : rows) {
      if ("ampark".equals(r.path("contender").asText()) && r.path("threads").asInt() == threads
          && against.equals(r.path("against").asText(PAIRED_RAW)) && r.path("ratio").asDouble() > 0) {
        min = Math.min(min, r.path("ratio").asDouble());
        max = Math.max(max, r.path("ratio").asDouble());
      }
    }
    return new double[] {min == Double.MAX_VALUE ? 0 : min, max};
  }

  /** The vendors whose S2P pair failed (a row with an error). */
  static List<String> pairedFailures(JsonNode rows) {
    LinkedHashSet<String> failed = new LinkedHashSet<>();
    for (JsonNode r : rows) {
      if (r.has("error")) {
        failed.add(r.path("vendor").asText() + (isControl(r) ? " (control)" : ""));
      }
    }
    return new ArrayList<>(failed);
  }

  /**
   * ", raw OkHttp against itself (vendor): 8 threads X×, 64 threads Y×" (S2P), ", raw OkHttp against
   * itself (vendor): X×" (S1P, one thread), or "" without a control row.
   */
  static String controlText(JsonNode rows) {
    List<String> parts = new ArrayList<>();
    String vendor = null;
    for (JsonNode r : rows) {
      if (isControl(r) && !r.has("error")) {
        vendor = r.path("vendor").asText();
        int threads = r.path("threads").asInt();
        parts.add(threads == 1 ? String.format(Locale.ROOT, "%.2f×", r.path("ratio").asDouble())
            : String.format(Locale.ROOT, "%d threads %.2f×", threads, r.path("ratio").asDouble()));
      }
    }
    return parts.isEmpty() ? "" : " (raw OkHttp against itself, " + vendor + ": " + String.join(", ", parts) + ")";
  }

  /**
   * One table row per S1P or S2P row: vendor (marked when the control or a hutool pair), the thread
   * count when {@code threadsColumn}, the median ratio, the lowest and highest pair, each round's
   * median with whose JVM started first, both sides' medians of {@code key} and {@code againstKey}
   * in {@code format}, and the pairs with how many had steal; a failed pair gets one "failed" row.
   */
  private void pairedRows(JsonNode doc, boolean threadsColumn, String key, String againstKey, String format) {
    for (JsonNode r : doc.path("rows")) {
      boolean control = isControl(r);
      boolean hutool = HUTOOL.equals(r.path("against").asText());
      String vendor = r.path("vendor").asText() + (control ? " (control: raw OkHttp ÷ raw OkHttp)"
          : hutool ? " (Ampark ÷ hutool demo style)" : "");
      String threads = threadsColumn ? r.path("threads").asText("") + " | " : "";
      if (r.has("error")) {
        md.append("| ").append(vendor).append(" | ").append(threads).append("failed: ").append(r.path("error").asText())
            .append(" | | | | | |\n");
        continue;
      }
      List<String> rounds = new ArrayList<>();
      JsonNode first = r.path("firstByRound");
      for (int i = 0; i < r.path("ratioByRound").size(); i++) {
        boolean numeratorFirst = "contender".equals(first.path(i).asText());
        String who = control ? (numeratorFirst ? "numerator's JVM first" : "denominator's JVM first")
            : (numeratorFirst ? "Ampark first" : hutool ? "hutool first" : "raw OkHttp first");
        JsonNode v = r.path("ratioByRound").path(i);
        rounds.add((v.isNumber() ? String.format(Locale.ROOT, "%.2f×", v.asDouble()) : "–") + " (" + who + ")");
      }
      md.append(String.format(Locale.ROOT, "| %s | %s%.2f× | %.2f–%.2f× | %s | " + format + " | " + format + " | %d (%d) |\n",
          vendor, threads, r.path("ratio").asDouble(), r.path("ratioMin").asDouble(), r.path("ratioMax").asDouble(),
          String.join(" / ", rounds), r.path(key).asDouble(), r.path(againstKey).asDouble(), r.path("pairs").asInt(),
          r.path("pairsWithSteal").asInt()));
    }
  }

  private void section1Paired(JsonNode doc) {
    md.append("## S1P — Ampark and raw OkHttp in paired windows, one thread\n\n");
    md.append("What S1's CPU target reads. S1 runs one JVM after another, minutes apart, and the CPU one call costs moves\n")
        .append("with the machine under it: Yinli's call is about 1 ms of the same AES and RSA-2048 work in both contenders\n")
        .append("(S5), yet its S1 rounds read Ampark at 0.87× raw OkHttp in one run and 1.22× in the next, with no\n")
        .append("change to the code. Here Ampark and raw OkHttp for one vendor are alive in two JVMs at once; each warms as\n")
        .append("in S1 (seconds and calls, then until its compiler is quiet), then the two take turns measuring one\n")
        .append("thread's calls, in ABBA order, so every Ampark window has a raw OkHttp window beside it in time (the JVM\n")
        .append("not measuring is idle). Each window's client CPU per call is S1's: the process's CPU time over its calls.\n")
        .append("The ratio is the median, over every pair of adjacent windows of all rounds, of Ampark's client CPU per\n")
        .append("call over raw OkHttp's (lower is cheaper). Each round is a fresh pair of JVMs, and which one starts and\n")
        .append("measures first swaps by round. The control row pairs raw OkHttp with itself: how far from 1.00× it reads\n")
        .append("is the resolution of the method on this machine. A pair counts as stolen when either of its windows had\n")
        .append("5 % or more of the machine stolen; it is kept, and counted.\n\n");
    settings(doc);
    md.append("| vendor | Ampark ÷ raw OkHttp client CPU per call (median of the pairs) | lowest–highest pair | each round's median (who started first) | Ampark µs/call | raw OkHttp µs/call | pairs (stolen) |\n")
        .append("|---|---:|---|---|---:|---:|---:|\n");
    pairedRows(doc, false, "clientCpuMicrosPerCall", "againstClientCpuMicrosPerCall", "%.1f");
    md.append('\n');
  }

  private void section2Paired(JsonNode doc) {
    md.append("## S2P — Ampark and raw OkHttp in paired windows\n\n");
    md.append("What S2's throughput target reads. S2 runs one JVM after another, and on this shared 2-core host the\n")
        .append("same code's throughput moves by a third to a half between JVMs a minute apart, with little steal: in a\n")
        .append("probe every JVM's throughput rose from about 11,000 to about 20,000 calls/s over 30 s, both contenders\n")
        .append("alike. Here Ampark and raw OkHttp for one vendor are alive in two JVMs at once; each settles its JIT at 8\n")
        .append("threads, then for 8 and then 64 threads each warms and the two take turns measuring, in ABBA order, so\n")
        .append("that every Ampark window has a raw OkHttp window beside it in time (the JVM not measuring is idle). The\n")
        .append("ratio is the median, over every pair of adjacent windows of all rounds, of Ampark's calls/s over raw\n")
        .append("OkHttp's. Each round is a fresh pair of JVMs, and which one starts, settles and measures first swaps\n")
        .append("by round: in a probe at 64 threads the first-started of two raw OkHttp JVMs read 1.0–2.4× the second\n")
        .append("in every window. The control row pairs raw OkHttp with itself: how far from 1.00× it reads is the\n")
        .append("resolution of the method on this machine. A pair counts as stolen when either of its windows had 5 %\n")
        .append("or more of the machine stolen; it is kept, and counted. The target's other half, Ampark above the\n")
        .append("hutool demo style at 64 threads, is read the same way where the run paired them (the rows marked\n")
        .append("\"Ampark ÷ hutool demo style\", measured at 64 threads only): one JVM after another, S2's rounds of\n")
        .append("the two spread over each other's.\n\n");
    settings(doc);
    md.append("| vendor | threads | Ampark ÷ raw OkHttp (median of the pairs) | lowest–highest pair | each round's median (who started first) | Ampark calls/s | raw OkHttp (or hutool) calls/s | pairs (stolen) |\n")
        .append("|---|---:|---:|---|---|---:|---:|---:|\n");
    pairedRows(doc, true, "throughputPerSec", "againstThroughputPerSec", "%,.0f");
    md.append('\n');
  }

  /**
   * A scenario's warm-up to a quiet JIT, one line per contender: {@code byRound} names the metric
   * whose by-round list counts the rounds; S2's rows repeat it per thread count (its 1-thread row is read).
   */
  static String settleTable(JsonNode rows, String byRound, String calls) {
    StringBuilder md = new StringBuilder();
    List<String> lines = new ArrayList<>();
    boolean warmed = false;
    for (JsonNode r : rows) {
      if (r.has("error") || (r.has("threads") && r.path("threads").asInt() != 1) || !r.has("settleSeconds")) {
        continue;
      }
      int rounds = Math.max(1, r.path(byRound + "ByRound").size());
      long jit = r.path("jitMillis").asLong();
      String warm = !r.has("warmupCalls") ? "" : String.format(Locale.ROOT, " %,d | %.1f | %d of %d |",
          r.path("warmupCalls").asLong(), r.path("warmupSeconds").asDouble(), r.path("roundsWarmupReached").asInt(), rounds);
      warmed |= !warm.isEmpty();
      lines.add(String.format(Locale.ROOT, "| %s | %s |%s %d | %s | %d of %d |\n", r.path("vendor").asText(),
          r.path("contender").asText(), warm, r.path("settleSeconds").asLong(),
          jit < 0 ? "–" : String.format(Locale.ROOT, "%,d", jit), r.path("roundsJitQuiet").asInt(), rounds));
    }
    if (lines.isEmpty()) {
      return "";
    }
    md.append("Warm-up to a quiet JIT (medians over the rounds; the limits are the ")
        .append(warmed ? "warmupCalls and jitSettle settings" : "jitSettle setting").append(" above): ")
        .append(warmed ? "the warm-up's calls and seconds and how many rounds made both\nminimums before its cap, then seconds of "
            : "seconds of\n")
        .append(calls).append(" until the compiler went quiet, and the JVM's total compilation time by then (all compiler\n")
        .append("threads). A round that reached a cap first is measured all the same and not counted as quiet.\n\n")
        .append(warmed ? "| vendor | contender | warm-up calls | warm-up s | rounds warm | s to a quiet JIT | compiler ms by then | rounds quiet |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|\n"
            : "| vendor | contender | s to a quiet JIT | compiler ms by then | rounds quiet |\n|---|---|---:|---:|---:|\n");
    lines.forEach(md::append);
    md.append('\n');
    return md.toString();
  }

  private void section3(JsonNode doc) throws IOException {
    md.append("## S3 — batch sync\n\n");
    md.append("100,000 records pushed in batches to a server that answers each request after 20 ms (a realistic\n")
        .append("vendor round trip). Each contender runs in its own JVM under a capped heap; peak heap is the sum of\n")
        .append("the heap pools' peak usage. The naive demo loop builds every record first, then sends batch after batch.\n")
        .append("4pyun's first batch (`complete=1`) travels alone; Ampark prepares the next batches behind it. Ampark's\n")
        .append("client and the 4pyun demo's Apache HttpClient send with `TCP_NODELAY`; the raw OkHttp contender keeps OkHttp's\n")
        .append("default (Nagle on), as hand-written code does, so each of its ~125 KB 4pyun requests can wait for a delayed ACK.\n")
        .append("A contender that fails under the cap is run again with room; both rows are shown. Each contender runs\n")
        .append("once per round, every run in a fresh JVM, a dataset's contenders interleaved and their order reversed\n")
        .append("every other round (as in S1 and S2); the table shows each metric's median over the rounds (and every\n")
        .append("round's wall time): one child's wall time moves by 10–30 % between minutes on this shared machine.\n")
        .append("A capped row fails if any round failed under the cap; the roomy row is the median of the rounds that\n")
        .append("needed it (named when not all of them did).\n\n");
    settings(doc);
    JsonNode rows = doc.path("rows");
    Map<String, JsonNode> raw = new LinkedHashMap<>();
    for (JsonNode r : rows) {
      if (r.path("contender").asText().startsWith("raw-okhttp") && !r.has("error")) {
        raw.put(r.path("dataset").asText(), r);
      }
    }
    int rounds = doc.path("settings").path("rounds").asInt(1);
    md.append("| dataset | contender | -Xmx | wall s | vs raw OkHttp | peak heap MiB | vs raw OkHttp | requests | outcome | wall s by round |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    List<Svg.Bar> wall = new ArrayList<>();
    List<Svg.Bar> heap = new ArrayList<>();
    for (JsonNode r : rows) {
      String label = r.path("dataset").asText() + " · " + r.path("contender").asText();
      if (r.has("error")) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | | | | | | %s | |\n", r.path("dataset").asText(),
            r.path("contender").asText(), r.path("xmx").asText(), r.path("error").asText() + s3FailedRounds(r, rounds)));
        continue;
      }
      double seconds = r.path("wallMillis").asDouble() / 1000;
      double mib = r.path("peakHeapBytes").asDouble() / (1024 * 1024);
      JsonNode base = raw.get(r.path("dataset").asText());
      String byRound = byRound(r, "wallMillis", " / ", v -> String.format(Locale.ROOT, "%.2f", v / 1000));
      if (r.has("fromRounds")) {
        byRound = (byRound.isEmpty() ? String.format(Locale.ROOT, "%.2f", seconds) : byRound)
            + " (" + whichRounds(r.path("fromRounds"), rounds) + ")";
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %.1f | %s | %d | %s | %s |\n", r.path("dataset").asText(),
          r.path("contender").asText(), r.path("xmx").asText(), seconds,
          base == null ? "–" : ratio(seconds, base.path("wallMillis").asDouble() / 1000), mib,
          base == null ? "–" : ratio(mib, base.path("peakHeapBytes").asDouble() / (1024 * 1024)),
          r.path("requests").asLong(), r.path("records").asLong() + " records sent", byRound.isEmpty() ? "–" : byRound));
      wall.add(new Svg.Bar(label, seconds, r.path("contender").asText(), null));
      heap.add(new Svg.Bar(label, mib, r.path("contender").asText(), "(-Xmx" + r.path("xmx").asText() + ")"));
    }
    md.append('\n');
    chart("s3-wall.svg", "S3: wall time for 100,000 records (lower is better)", "s", wall, series(rows));
    chart("s3-heap.svg", "S3: peak heap (lower is better)", "MiB", heap, series(rows));
  }

  /** Which rounds an S3 row failed in: "" with one round, " in every round", or " in round 2 of 3". */
  private static String s3FailedRounds(JsonNode r, int rounds) {
    int failed = r.path("failedRounds").size();
    if (failed == 0) {
      return "";
    }
    if (failed == rounds) {
      return " in every round";
    }
    return " in " + whichRounds(r.path("failedRounds"), rounds);
  }

  /** "round 2 of 3", or "rounds 1, 3 of 3", for a list of 1-based rounds. */
  private static String whichRounds(JsonNode list, int rounds) {
    List<String> which = new ArrayList<>();
    list.forEach(n -> which.add(n.asText()));
    return (which.size() == 1 ? "round " : "rounds ") + String.join(", ", which) + " of " + rounds;
  }

  /**
   * A row's reading of {@code metric} in each round ({@code metric + "ByRound"}), formatted and
   * joined; empty when the row has none. A round whose measurement window had {@link
   * Jvm#STEAL_LIMIT_PERCENT} or more of the machine's CPU time stolen by the hypervisor ({@code
   * stealPercentByRound}, from /proc/stat) is marked "(steal N %)"; a round measured again for steal
   * ({@code stealRetriedByRound}) names the steal of the attempts it replaced, "(again after steal 12 %)";
   * a window a child measured again because its compiler was busy ({@code windowJitMillisByRound}, the
   * kept window last) names the compilation of the ones it replaced, "(again after JIT 576 ms)".
   */
  static String byRound(JsonNode row, String metric, String separator, java.util.function.DoubleFunction<String> format) {
    JsonNode values = row.path(metric + "ByRound");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      double st = row.path("stealPercentByRound").path(i).asDouble(-1);
      List<String> replaced = new ArrayList<>();
      row.path("stealRetriedByRound").path(i).forEach(n -> replaced.add(String.format(Locale.ROOT, "%.0f %%", n.asDouble())));
      JsonNode windows = row.path("windowJitMillisByRound").path(i);
      List<String> bursts = new ArrayList<>();
      for (int k = 0; k < windows.size() - 1; k++) {
        bursts.add(String.format(Locale.ROOT, "%d ms", windows.get(k).asLong()));
      }
      out.add(format.apply(values.get(i).asDouble())
          + (st >= Jvm.STEAL_LIMIT_PERCENT ? String.format(Locale.ROOT, " (steal %.0f %%)", st) : "")
          + (replaced.isEmpty() ? "" : " (again after steal " + String.join(", ", replaced) + ")")
          + (bursts.isEmpty() ? "" : " (again after JIT " + String.join(", ", bursts) + ")"));
    }
    return String.join(separator, out);
  }

  private void section4(JsonNode doc) throws IOException {
    md.append("## S4 — cold start\n\n");
    md.append("A fresh JVM per run: build the client, make one call, exit. \"First call\" is JVM start time to the end\n")
        .append("of the first call as the JVM reports it; \"process\" is spawn to exit as the harness sees it. Medians.\n\n");
    settings(doc);
    JsonNode rows = doc.path("rows");
    Map<String, JsonNode> raw = rawBy(rows, "vendor");
    md.append("| vendor | contender | JVM start → first call ms | vs raw OkHttp | process wall ms | classes loaded | vs raw OkHttp |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (JsonNode r : rows) {
      if (r.has("error")) {
        md.append("| ").append(r.path("vendor").asText()).append(" | ").append(r.path("contender").asText())
            .append(" | failed: ").append(r.path("error").asText()).append(" | | | | | |\n");
        continue;
      }
      JsonNode base = raw.get(key(r, "vendor"));
      double first = r.path("jvmToFirstCallMillisMedian").asDouble();
      double classes = r.path("classesLoadedMedian").asDouble();
      md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %d | %s | %s |\n", r.path("vendor").asText(),
          r.path("contender").asText(), first,
          base == null ? "–" : ratio(first, base.path("jvmToFirstCallMillisMedian").asDouble()),
          r.path("processWallMillisMedian").asLong(), classes > 0 ? String.format(Locale.ROOT, "%,.0f", classes) : "–",
          base == null || classes <= 0 ? "–" : ratio(classes, base.path("classesLoadedMedian").asDouble())));
      bars.add(new Svg.Bar(r.path("vendor").asText() + " · " + r.path("contender").asText(), first,
          r.path("contender").asText(), null));
    }
    md.append('\n');
    chart("s4-cold-start.svg", "S4: JVM start to first completed call (lower is better)", "ms", bars, series(rows));
    classesByLibrary(rows);
    md.append("\"Classes loaded\" counts every class loaded by the end of the first call, the JVM's own included\n")
        .append("(list them with `-Xlog:class+load` on the child command). Rows marked `+AppCDS` ran with an application\n")
        .append("class-data-sharing archive made by one training run of the same command, the option for users whose\n")
        .append("start time matters (JDK 13+; the archive is tied to the exact JDK and class path):\n\n")
        .append("```\njava -XX:ArchiveClassesAtExit=app.jsa -cp app.jar com.example.Main   # once, e.g. in the image build\n")
        .append("java -XX:SharedArchiveFile=app.jsa -cp app.jar com.example.Main       # every start\n```\n\n")
        .append("`S4ColdStart <runs> --appcds` measures it for Ampark and raw OkHttp per vendor.\n\n");
  }

  /** Whose classes the first call loads: one extra {@code -Xlog:class+load} run per vendor. */
  private void classesByLibrary(JsonNode rows) {
    List<String> libraries = new ArrayList<>();
    for (JsonNode r : rows) {
      r.path("classesByLibrary").fieldNames().forEachRemaining(l -> {
        if (!libraries.contains(l)) {
          libraries.add(l);
        }
      });
    }
    if (libraries.isEmpty()) {
      return;
    }
    java.util.Collections.sort(libraries);
    md.append("Whose classes they are (one more run of each with `-Xlog:class+load`, counted to the end of the first call):\n\n| vendor | contender | ");
    md.append(String.join(" | ", libraries)).append(" | total |\n|---|---|");
    for (int i = 0; i <= libraries.size(); i++) {
      md.append("---:|");
    }
    md.append('\n');
    for (JsonNode r : rows) {
      JsonNode c = r.path("classesByLibrary");
      if (!c.isObject() || c.size() == 0) {
        continue;
      }
      md.append("| ").append(r.path("vendor").asText()).append(" | ").append(r.path("contender").asText()).append(" | ");
      int total = 0;
      for (String l : libraries) {
        int n = c.path(l).asInt();
        total += n;
        md.append(n == 0 ? "–" : String.format(Locale.ROOT, "%,d", n)).append(" | ");
      }
      md.append(String.format(Locale.ROOT, "%,d", total)).append(" |\n");
    }
    md.append('\n');
  }

  private void section5(JsonNode doc) throws IOException {
    md.append("## S5 — signing (JMH)\n\n");
    md.append("Each vendor signature on the spec's test-vector inputs (every implementation is checked to produce the\n")
        .append("spec's signature): Ampark's signer, the careful hand-written code of the raw OkHttp contender, and the\n")
        .append("demo style (string concatenation, fastjson, StringBuffer hex). JMH, `-prof gc` for allocation.\n")
        .append("BV3 includes serialising `data` (Ampark's fastjson-compatible writer, Jackson, fastjson).\n\n");
    settings(doc);
    JsonNode rows = doc.path("rows");
    Map<String, JsonNode> raw = new LinkedHashMap<>();
    for (JsonNode r : rows) {
      if (r.path("implementation").asText().startsWith("raw-okhttp")) {
        raw.put(r.path("signature").asText(), r);
      }
    }
    md.append("| signature | implementation | ns/op | ± | vs raw OkHttp | bytes allocated/op | vs raw OkHttp |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (JsonNode r : rows) {
      JsonNode base = raw.get(r.path("signature").asText());
      md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %s | %.0f | %s |\n", r.path("signature").asText(),
          r.path("implementation").asText(), r.path("nsPerOp").asDouble(), r.path("error").asDouble(),
          base == null ? "–" : ratio(r.path("nsPerOp").asDouble(), base.path("nsPerOp").asDouble()),
          r.path("bytesPerOp").asDouble(),
          base == null ? "–" : ratio(r.path("bytesPerOp").asDouble(), base.path("bytesPerOp").asDouble())));
      bars.add(new Svg.Bar(r.path("signature").asText() + " · " + r.path("implementation").asText(),
          r.path("nsPerOp").asDouble(), r.path("implementation").asText(), null));
    }
    md.append('\n');
    chart("s5-signing.svg", "S5: signing time (lower is better)", "ns/op", bars, series(rows));
  }
}
