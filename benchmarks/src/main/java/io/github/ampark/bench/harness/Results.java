package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of one scenario, written as JSON to {@code benchmarks/results/<scenario>.json}. */
public final class Results {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final String scenario;
  private final Map<String, Object> settings = new LinkedHashMap<>();
  private final List<Map<String, Object>> rows = new ArrayList<>();

  public Results(String scenario) {
    this.scenario = scenario;
  }

  public Results setting(String key, Object value) {
    settings.put(key, value);
    return this;
  }

  public synchronized void add(Map<String, Object> row) {
    rows.add(row);
    System.out.println("  " + row);
  }

  public static Path dir() {
    return Paths.get(System.getProperty("bench.results", "benchmarks/results"));
  }

  public void write() throws IOException {
    Files.createDirectories(dir());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scenario", scenario);
    doc.put("machine", Jvm.machine());
    doc.put("settings", settings);
    doc.put("rows", rows);
    MAPPER.writeValue(dir().resolve(scenario + ".json").toFile(), doc);
  }

  public static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
