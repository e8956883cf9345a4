package io.github.ampark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.bench.contenders.BatchContenders;
import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import io.github.ampark.bench.contenders.Fixtures;
import io.github.ampark.bench.contenders.YinliReadingsAccess;
import io.github.ampark.bench.harness.ServerProcess;
import io.github.ampark.bench.server.LoopbackServer;
import io.github.ampark.core.spi.BodyCodec;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison is only fair if every contender does the same wire work. With a fixed clock and
 * the same order numbers, the hand-written OkHttp contender sends exactly Ampark's bytes (path,
 * query, body); the demo-style contenders send the same parameters (in their own key order).
 */
class ContendersDoTheSameWireWorkTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static ServerSocket socket;
  static ServerProcess.Remote server;
  static String baseUrl;

  @BeforeAll
  static void start() throws Exception {
    socket = LoopbackServer.startInBackground(0);
    baseUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/";
    server = new ServerProcess.Remote(baseUrl);
    Fixtures.clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
  }

  @AfterAll
  static void stop() throws Exception {
    Fixtures.clock = Clock.systemUTC();
    socket.close();
  }

  static String sent(String vendor, String contender) throws Exception {
    server.reset(true);
    Fixtures.resetSequence();
    try (Contender c = Contenders.create(vendor, contender, baseUrl)) {
      c.call();
    }
    JsonNode last = server.stats().path("last").path(vendor.equals("4pyun") ? "fourpyun" : vendor);
    assertThat(last.isMissingNode()).as(vendor + "/" + contender + " reached the server").isFalse();
    return last.asText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikeyun", "4pyun", "bolink", "wanzhuang", "yinli"})
  void rawOkHttpSendsExactlyAmparksBytes(String vendor) throws Exception {
    String ampark = sent(vendor, "ampark");
    String raw = sent(vendor, "raw-okhttp");
    if (vendor.equals("yinli")) {
      // the multipart boundary is the one random part of the sealed request (a fresh UUID per call
      // on both sides, as it should be): everything else, the sealed body and its signature included,
      // must be the same bytes
      assertThat(ampark).contains("name=\"body\"").contains("name=\"signature\"");
      ampark = sameBoundary(ampark);
      raw = sameBoundary(raw);
    }
    assertThat(raw).isEqualTo(ampark);
  }

  /** Replaces the request's multipart boundary (after the path) with a placeholder. */
  static String sameBoundary(String sent) {
    int start = sent.indexOf(" --") + 3;
    String boundary = sent.substring(start, sent.indexOf("\r\n", start));
    assertThat(boundary).startsWith("yinli-").hasSize("yinli-".length() + 32);
    return sent.replace(boundary, "BOUNDARY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikeyun", "4pyun", "bolink"})
  void demoStyleSendsTheSameParameters(String vendor) throws Exception {
    String ampark = sent(vendor, "ampark");
    String demo = sent(vendor, "hutool+fastjson");
    String[] a = ampark.split(" ", 2);
    String[] d = demo.split(" ", 2);
    if (vendor.equals("wikeyun")) {
      assertThat(d[0]).isEqualTo(a[0]); // path and signed query string
      assertThat(BodyCodec.form(d[1])).isEqualTo(BodyCodec.form(a[1]));
    } else if (vendor.equals("4pyun")) {
      assertThat(normalised4pyun(d[1])).isEqualTo(normalised4pyun(a[1]));
    } else {
      assertThat(MAPPER.readTree(d[1]).path("data")).isEqualTo(MAPPER.readTree(a[1]).path("data"));
    }
  }

  @Test
  void yinliBatchesAreTheSameBytesFromAmparkAndHandWrittenOkHttpAndTheSameContentFromTheDemo() throws Exception {
    String ampark = batchSent(() -> YinliReadingsAccess.ampark(baseUrl));
    String raw = batchSent(() -> YinliReadingsAccess.raw(baseUrl));
    String demo = batchSent(() -> YinliReadingsAccess.demo(baseUrl));
    assertThat(raw).isEqualTo(ampark);
    assertThat(MAPPER.readTree(demo.split(" ", 2)[1])).isEqualTo(MAPPER.readTree(ampark.split(" ", 2)[1]));
  }

  @Test
  void fourPyunBatchesAreTheSameBytesFromAmparkAndHandWrittenOkHttpAndTheSameRowsFromTheDemo() throws Exception {
    // S3's 4pyun contenders, 1,200 records in batches of 500: the last request (records 1000..1199,
    // complete=0) must carry the same rows from all three, byte for byte from the two OkHttp ones
    String ampark = fourPyunBatchSent("ampark-sync-sequential"); // one at a time: the last request is batch 3
    String raw = fourPyunBatchSent("raw-okhttp-streaming");
    String demo = fourPyunBatchSent("demo-naive-loop");
    assertThat(raw).isEqualTo(ampark);
    JsonNode a = MAPPER.readTree(ampark.split(" ", 2)[1]);
    assertThat(a.path("complete").asText()).isEqualTo("0");
    assertThat(a.path("row")).hasSize(200);
    assertThat(a.path("row").get(0).path("pay_partner").asText()).isEqualTo("PP1000");
    JsonNode d = MAPPER.readTree(demo.split(" ", 2)[1]);
    assertThat(d.path("park_uuid")).isEqualTo(a.path("park_uuid"));
    assertThat(d.path("complete")).isEqualTo(a.path("complete"));
    assertThat(d.path("row")).isEqualTo(a.path("row")); // objects compare by content, whatever the key order
  }

  static String fourPyunBatchSent(String contender) throws Exception {
    server.reset(true);
    assertThat(BatchContenders.run("4pyun-vip-renewals", contender, baseUrl, 1200, 500)).isEqualTo(1200);
    assertThat(server.stats().path("requests").asLong()).as(contender + " requests").isEqualTo(3);
    return server.stats().path("last").path("fourpyun").asText();
  }

  interface Push {
    void run() throws Exception;
  }

  static String batchSent(Push push) throws Exception {
    server.reset(true);
    push.run();
    return server.stats().path("last").path("yinli").asText();
  }

  /** 4pyun rows: the same fields with the same values, whatever the JSON types and key order. */
  static Map<String, Object> normalised4pyun(String body) throws Exception {
    JsonNode tree = MAPPER.readTree(body);
    JsonNode row = tree.path("row").get(0);
    Map<String, Object> out = new java.util.TreeMap<>();
    row.fields().forEachRemaining(e -> out.put("row." + e.getKey(), e.getValue().asText()));
    out.put("park_uuid", tree.path("park_uuid").asText());
    return out;
  }
}
