package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.core.testing.MockServers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A client at a fixed time (the spec vectors' {@code 1744285110}) against a MockWebServer. */
abstract class WireTestBase extends MockServerTest<WanzhuangClient> {
  static final String OK = "{\"code\":1,\"message\":\"success\",\"data\":{\"result\":true}}";

  @Override
  protected WanzhuangClient newClient(MockWebServer server) {
    return WanzhuangClient.builder(Independent.APP_ID, Independent.SECRET, MockServers.baseUrl(server))
        .clock(Clock.fixed(Instant.ofEpochSecond(Independent.NOW), ZoneOffset.UTC))
        .build();
  }

  void answer(String json) {
    server.enqueue(MockServers.json(json));
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /** A GET: exact target (path and query), the sign at the end computed from the literal canonical string. */
  void assertGet(RecordedRequest r, String pathAndQuery, String canonical) {
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo(pathAndQuery + "&sign=" + Independent.hmac(canonical));
    assertThat(r.getBodySize()).isZero();
  }

  /** A JSON POST: exact path, content type and body; {@code %SIGN%} in the body is the independent HMAC of {@code canonical}. */
  void assertJson(RecordedRequest r, String path, String body, String canonical) {
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo(path);
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.getBody().utf8()).isEqualTo(body.replace("%SIGN%", Independent.hmac(canonical)));
  }

  /** A multipart POST: exact path and body; the last part is the independent HMAC of {@code canonical}. */
  void assertMultipart(RecordedRequest r, String path, List<String[]> fields, String canonical) {
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo(path);
    String type = r.getHeaders().get("Content-Type");
    assertThat(type).startsWith("multipart/form-data; boundary=");
    String boundary = type.substring("multipart/form-data; boundary=".length());
    List<String[]> all = new ArrayList<>(fields);
    all.add(new String[] {"app_id", Independent.APP_ID});
    all.add(new String[] {"timestamp", Long.toString(Independent.NOW)});
    all.add(new String[] {"sign", Independent.hmac(canonical)});
    assertThat(r.getBody().utf8()).isEqualTo(Independent.multipart(boundary, all));
  }

  static List<String[]> fields(String... nameValues) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      out.add(new String[] {nameValues[i], nameValues[i + 1]});
    }
    return out;
  }

  static List<String> list(String... values) {
    return Arrays.asList(values);
  }
}
