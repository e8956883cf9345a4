package io.github.ampark.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.bench.harness.Jvm;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * "Where the time and the bytes go": summarises JFR recordings of {@code CallBenchmarks} (one per
 * vendor, Ampark contender, taken with JMH's {@code -prof jfr}) together with the {@code -prof gc}
 * bytes per call of the same benchmarks, into a results file the report renders.
 *
 * <p>Only the JMH worker thread's samples count (the loopback server runs in the same JVM). Each
 * sample is attributed two ways: by the library of its top frame (self time / allocating code) and
 * by the first Ampark frame on its stack (the Ampark method that caused the work, inclusive); a
 * sample with no Ampark frame is OkHttp's engine or the harness. Shares, not absolute times, so a
 * busy machine does not distort them.
 *
 * <p>Args: {@code label jmhGcJson jfrDir outJson}. The JFR directory holds JMH's per-benchmark
 * folders; the vendor is read from the folder name ({@code ...call-contender-ampark-vendor-wikeyun}).
 */
public final class Profile {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int TOP = 8;

  private Profile() {}

  public static void main(String[] args) throws IOException {
    String label = args[0];
    JsonNode gc = MAPPER.readTree(new File(args[1]));
    Path jfrDir = Paths.get(args[2]);
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("scenario", "profile-" + label);
    doc.put("label", label);
    doc.set("machine", MAPPER.valueToTree(Jvm.machine()));
    ObjectNode vendors = doc.putObject("vendors");
    Map<String, Double> ampark = new HashMap<>();
    Map<String, Double> raw = new HashMap<>();
    for (JsonNode b : gc) {
      JsonNode params = b.path("params");
      double bytes = b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(
          b.path("secondaryMetrics").path("·gc.alloc.rate.norm").path("score").asDouble());
      ("ampark".equals(params.path("contender").asText()) ? ampark : raw).put(params.path("vendor").asText(), bytes);
    }
    List<Path> recordings;
    try (Stream<Path> s = Files.walk(jfrDir)) {
      recordings = s.filter(p -> p.toString().endsWith(".jfr")).sorted().collect(Collectors.toList());
    }
    for (Path jfr : recordings) {
      String folder = jfr.getParent().getFileName().toString();
      int v = folder.indexOf("vendor-");
      boolean isAmpark = folder.contains("contender-ampark");
      if (v < 0 || !isAmpark && !folder.contains("contender-raw-okhttp")) {
        continue;
      }
      String vendor = folder.substring(v + "vendor-".length());
      ObjectNode out = vendors.has(vendor) ? (ObjectNode) vendors.get(vendor) : vendors.putObject(vendor);
      if (isAmpark) {
        out.put("bytesPerCall", ampark.getOrDefault(vendor, 0.0));
        out.put("rawBytesPerCall", raw.getOrDefault(vendor, 0.0));
        summarise(jfr, out);
      } else {
        summarise(jfr, out.putObject("raw"));
      }
    }
    MAPPER.writeValue(new File(args[3]), doc);
    System.out.println("wrote " + args[3]);
  }

  private static void summarise(Path jfr, ObjectNode out) throws IOException {
    Map<String, Double> cpuLayer = new HashMap<>();
    Map<String, Double> cpuSite = new HashMap<>();
    Map<String, Double> allocLayer = new HashMap<>();
    Map<String, Double> allocSite = new HashMap<>();
    Map<String, Double> cpuFeature = new HashMap<>();
    Map<String, Double> allocFeature = new HashMap<>();
    double cpuTotal = 0;
    double allocTotal = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      String type = e.getEventType().getName();
      boolean cpu = type.equals("jdk.ExecutionSample");
      boolean alloc = type.equals("jdk.ObjectAllocationSample");
      if (!cpu && !alloc) {
        continue;
      }
      String thread = cpu ? threadName(e, "sampledThread") : threadName(e, "eventThread");
      if (thread == null || !thread.contains("jmh-worker")) {
        continue;
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      double w = cpu ? 1 : e.getLong("weight");
      String layer = layer(st.getFrames());
      if (layer.startsWith("other (org.openjdk.jmh")) {
        continue; // JMH's own bookkeeping between iterations, not the call
      }
      String site = ampark(st.getFrames());
      String feature = Features.of(names(st.getFrames()));
      (cpu ? cpuFeature : allocFeature).merge(feature, w, Double::sum);
      if (cpu) {
        cpuTotal += w;
        cpuLayer.merge(layer, w, Double::sum);
        cpuSite.merge(site, w, Double::sum);
      } else {
        allocTotal += w;
        allocLayer.merge(layer, w, Double::sum);
        allocSite.merge(site, w, Double::sum);
      }
    }
    out.put("cpuSamples", (long) cpuTotal);
    out.set("cpuByLayer", top(cpuLayer, cpuTotal, 20));
    out.set("cpuByAmparkSite", top(cpuSite, cpuTotal, TOP));
    out.set("allocByLayer", top(allocLayer, allocTotal, 20));
    out.set("allocByAmparkSite", top(allocSite, allocTotal, TOP));
    out.set("cpuByFeature", top(cpuFeature, cpuTotal, Features.ORDER.size()));
    out.set("allocByFeature", top(allocFeature, allocTotal, Features.ORDER.size()));
  }

  private static List<String> names(List<RecordedFrame> frames) {
    List<String> out = new ArrayList<>(frames.size());
    for (RecordedFrame f : frames) {
      out.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
    }
    return out;
  }

  private static String threadName(RecordedEvent e, String field) {
    try {
      jdk.jfr.consumer.RecordedThread t = e.getThread(field);
      return t == null ? null : t.getJavaName();
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  private static ArrayNode top(Map<String, Double> m, double total, int n) {
    ArrayNode a = MAPPER.createArrayNode();
    m.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(n).forEach(en -> {
      ObjectNode o = a.addObject();
      o.put("what", en.getKey());
      o.put("share", total == 0 ? 0 : en.getValue() / total);
    });
    return a;
  }

  /** The library doing the work: that of the first frame outside the JDK (the JDK's own if none). */
  static String layer(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String c = f.getMethod().getType().getName();
      if (!(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")
          || c.startsWith("com.sun."))) {
        return library(c);
      }
    }
    return library(frames.get(0).getMethod().getType().getName());
  }

  private static String library(String c) {
    if (c.startsWith("io.github.ampark.core")) {
      return "Ampark core";
    }
    if (c.startsWith("io.github.ampark.bench")) {
      return "harness";
    }
    if (c.startsWith("io.github.ampark.")) {
      return "Ampark vendor module";
    }
    if (c.startsWith("okhttp3.") || c.startsWith("okio.") || c.startsWith("kotlin.")) {
      return "OkHttp/Okio";
    }
    if (c.startsWith("retrofit2.")) {
      return "Retrofit";
    }
    if (c.startsWith("com.fasterxml.jackson")) {
      return "Jackson";
    }
    if (c.startsWith("java.security") || c.startsWith("javax.crypto") || c.startsWith("sun.security")
        || c.startsWith("com.sun.crypto")) {
      return "JDK crypto";
    }
    if (c.startsWith("java.net") || c.startsWith("sun.nio") || c.startsWith("java.nio") || c.startsWith("sun.net")
        || c.startsWith("java.io")) {
      return "JDK I/O";
    }
    if (c.startsWith("java.lang.reflect") || c.startsWith("jdk.internal.reflect") || c.startsWith("java.lang.invoke")) {
      return "JDK reflection";
    }
    if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
      return "JDK other";
    }
    return "other (" + c.substring(0, Math.max(0, c.lastIndexOf('.'))) + ")";
  }

  /** The first Ampark (non-harness) frame: class.method, short class name. */
  static String ampark(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String c = f.getMethod().getType().getName();
      if (c.equals("okhttp3.internal.http.RealInterceptorChain") && f.getMethod().getName().equals("proceed")) {
        return "(OkHttp below Ampark's interceptors: connection, network I/O)";
      }
      if (c.startsWith("io.github.ampark.") && !c.startsWith("io.github.ampark.bench")) {
        String shortName = c.substring(c.lastIndexOf('.') + 1);
        String pkg = c.startsWith("io.github.ampark.core") ? "core" : c.split("\\.")[3];
        return String.format(Locale.ROOT, "%s %s.%s", pkg, shortName, f.getMethod().getName());
      }
    }
    return "(no Ampark frame: OkHttp engine, harness)";
  }
}
