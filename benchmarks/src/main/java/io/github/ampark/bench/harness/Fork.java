package io.github.ampark.bench.harness;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one measurement in a fresh JVM, so contenders never share JIT or heap state. */
public final class Fork {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  public static final String PREFIX = "RESULT ";

  private Fork() {}

  /**
   * @param jvmArgs e.g. -Xmx64m
   * @param main the class to run
   * @param args its arguments
   * @return the map printed by the child as {@code RESULT {json}}, plus {@code wallMillis} of the
   *     whole process; on failure {@code error}
   */
  public static Map<String, Object> run(List<String> jvmArgs, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Jvm.java());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(Arrays.asList(args));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Map<String, Object> result = null;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(PREFIX)) {
          result = result(line);
        } else {
          keepTail(tail, line);
        }
      }
    }
    int exit = p.waitFor();
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    if (result == null) {
      result = new LinkedHashMap<>();
      String t = tail.toString();
      result.put("error", t.contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit " + exit + ": " + lastLines(t));
    }
    result.put("processWallMillis", wallMillis);
    return result;
  }

  /** How much of a child's output before its result (or its end) is kept for the error: the last 4,000 chars. */
  static final int TAIL_CHARS = 4000;

  /** Appends a line of a child's output to {@code tail}, keeping only its last {@link #TAIL_CHARS} chars. */
  static void keepTail(StringBuilder tail, String line) {
    tail.append(line).append('\n');
    if (tail.length() > TAIL_CHARS) {
      tail.delete(0, tail.length() - TAIL_CHARS);
    }
  }

  /** The map of a child's {@code RESULT {json}} line (one that starts with {@link #PREFIX}). */
  static Map<String, Object> result(String line) throws IOException {
    return MAPPER.readValue(line.substring(PREFIX.length()), new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** Prints the child's result line. */
  public static void emit(Map<String, Object> result) throws IOException {
    System.out.println(PREFIX + MAPPER.writeValueAsString(result));
    System.out.flush();
  }

  static String lastLines(String s) {
    String[] lines = s.trim().split("\n");
    return String.join(" | ", Arrays.asList(lines).subList(Math.max(0, lines.length - 3), lines.length));
  }
}
