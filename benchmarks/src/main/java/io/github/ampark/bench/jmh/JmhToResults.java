package io.github.ampark.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.bench.harness.Jvm;
import java.io.File;
import java.io.IOException;

/**
 * Converts JMH's JSON result file into the harness format for the report. Signing benchmarks give
 * one row per method, split into signature and implementation by the method name ({@code
 * wikeyunW1_ampark}); call benchmarks one row per (vendor, contender) parameter pair.
 *
 * <p>Args: {@code jmhJson outJson scenario settings}.
 */
public final class JmhToResults {
  private JmhToResults() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    JsonNode jmh = mapper.readTree(new File(args[0]));
    ObjectNode doc = mapper.createObjectNode();
    String scenario = args.length > 2 ? args[2] : "s5-signing";
    doc.put("scenario", scenario);
    doc.set("machine", mapper.valueToTree(Jvm.machine()));
    ObjectNode settings = doc.putObject("settings");
    settings.put("jmh", args.length > 3 ? args[3] : "");
    ArrayNode rows = doc.putArray("rows");
    for (JsonNode b : jmh) {
      String method = b.path("benchmark").asText();
      method = method.substring(method.lastIndexOf('.') + 1);
      int us = method.indexOf('_');
      ObjectNode row = rows.addObject();
      JsonNode params = b.path("params");
      if (params.has("vendor")) {
        row.put("vendor", params.path("vendor").asText());
        row.put("contender", params.path("contender").asText());
      } else {
        row.put("signature", method.substring(0, us));
        String impl = method.substring(us + 1);
        row.put("implementation", impl.equals("raw") ? "raw-okhttp" : impl.equals("demo") ? "demo-style" : impl);
      }
      row.put("nsPerOp", b.path("primaryMetric").path("score").asDouble());
      row.put("error", b.path("primaryMetric").path("scoreError").asDouble());
      row.put("bytesPerOp", b.path("secondaryMetrics").path("·gc.alloc.rate.norm").path("score").asDouble(
          b.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble()));
    }
    mapper.writeValue(new File(args[1]), doc);
  }

}
