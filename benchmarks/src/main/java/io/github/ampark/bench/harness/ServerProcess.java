package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.bench.server.LoopbackServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The loopback server in its own JVM, so its CPU is measured apart from the client's. */
public final class ServerProcess implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Process process;
  private final int port;
  private final HttpClient control = HttpClient.newHttpClient();

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server with a fixed delay per request (0 for none). */
  public static ServerProcess start(long delayMs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Jvm.java());
    cmd.add("-Xmx256m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(LoopbackServer.class.getName());
    cmd.add(Long.toString(delayMs));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      p.destroyForcibly();
      throw new IOException("loopback server did not start: " + line);
    }
    return new ServerProcess(p, Integer.parseInt(line.substring(5).trim()));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** Zeroes the counters; {@code record} keeps the last body per vendor for the equivalence check. */
  public void reset(boolean record) throws IOException, InterruptedException {
    control.send(HttpRequest.newBuilder(URI.create(baseUrl() + "__reset" + (record ? "?record=1" : "")))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
  }

  /** Connections, requests and CPU since the last reset. */
  public JsonNode stats() throws IOException, InterruptedException {
    String body = control.send(HttpRequest.newBuilder(URI.create(baseUrl() + "__stats")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return MAPPER.readTree(body);
  }

  @Override
  public void close() {
    process.destroy();
  }

  /** The control side of a server another process started (used by forked children). */
  public static final class Remote implements AutoCloseable {
    private final String baseUrl;
    private final HttpClient control = HttpClient.newHttpClient();

    /**
     * Connects to the server and, before any contender code runs, does once what the harness does
     * between warm-up and measurement: a control exchange (the JDK HttpClient) and a CPU and heap
     * reading (JMX). Their first use loads a few hundred classes; done between warm-up and measurement
     * it made the JIT throw away code compiled under class-hierarchy assumptions and recompile it in
     * the measured seconds (about 900 recompilations in S1's first measured second for Ampark, whose
     * code has more such assumptions than a hand-written call), charged to the contender.
     */
    public Remote(String baseUrl) throws IOException, InterruptedException {
      this.baseUrl = baseUrl;
      stats();
      reset(false);
      Jvm.processCpuNanos();
      Jvm.resetPeaks();
      Jvm.peakHeapBytes();
    }

    public void reset(boolean record) throws IOException, InterruptedException {
      control.send(HttpRequest.newBuilder(URI.create(baseUrl + "__reset" + (record ? "?record=1" : "")))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    public JsonNode stats() throws IOException, InterruptedException {
      return MAPPER.readTree(control.send(HttpRequest.newBuilder(URI.create(baseUrl + "__stats")).GET().build(),
          HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() {}
  }
}
