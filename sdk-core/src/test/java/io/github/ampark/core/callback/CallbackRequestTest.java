package io.github.ampark.core.callback;

import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CallbackRequestTest {
  @Test
  void formBodyIsDecodedAsUtf8IncludingRawBytesAndPlus() {
    CallbackRequest r = CallbackRequest.builder().contentType("application/x-www-form-urlencoded")
        .body("order_no=T1&status=2&name=%E5%BC%A0+%E4%B8%89&raw=粤B&empty=&flag").build();
    Map<String, String> form = BodyCodec.form(r);
    assertThat(form).containsExactly(
        Map.entry("order_no", "T1"), Map.entry("status", "2"), Map.entry("name", "张 三"),
        Map.entry("raw", "粤B"), Map.entry("empty", ""), Map.entry("flag", ""));
    assertThat(r.isForm()).isTrue();
    assertThat(r.isJson()).isFalse();
  }

  @Test
  void queryIsDecodedAndRepeatedNamesKeepTheFirstValue() {
    CallbackRequest r = CallbackRequest.builder().method("get").rawQuery("a=1&a=2&b=%2F").build();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.query()).containsExactly(Map.entry("a", "1"), Map.entry("b", "/"));
  }

  @Test
  void jsonBodyIsReadAndContentTypeDetected() {
    CallbackRequest r = CallbackRequest.builder().contentType("application/json;charset=UTF-8")
        .body("{\"order_no\":\"T1\",\"status\":\"2\"}").build();
    assertThat(r.isJson()).isTrue();
    assertThat(r.mediaType()).isEqualTo("application/json");
    assertThat(BodyCodec.json(r.body()).path("order_no").asText()).isEqualTo("T1");
    assertThatThrownBy(() -> BodyCodec.json("nope".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multipartBodyIsSplitIntoFieldsAndFiles() {
    byte[] image = {(byte) 0xFF, (byte) 0xD8, 0x0D, 0x0A, 0x2D, 0x2D};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--b1\r\nContent-Disposition: form-data; name=\"plate\"\r\n\r\n粤B660PP\r\n"
        + "--b1\r\nContent-Disposition: form-data; name=\"enter_image_file\"; filename=\"car.jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(image);
    out.writeBytes("\r\n--b1--\r\n".getBytes(StandardCharsets.UTF_8));
    List<MultipartPart> parts = BodyCodec.multipart(out.toByteArray(), "multipart/form-data; boundary=b1");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("plate");
    assertThat(parts.get(0).text()).isEqualTo("粤B660PP");
    assertThat(parts.get(1).fileName()).isEqualTo("car.jpg");
    assertThat(parts.get(1).contentType()).isEqualTo("image/jpeg");
    assertThat(parts.get(1).content()).isEqualTo(image);
    assertThatThrownBy(() -> BodyCodec.multipart(new byte[0], "multipart/form-data"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jdkHttpExchangeIsReadExactlyAndTheReplyWrittenExactly() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicReference<CallbackRequest> received = new AtomicReference<>();
    server.createContext("/cb", exchange -> {
      received.set(CallbackRequest.from(exchange));
      CallbackReply.text("success").writeTo(exchange);
    });
    server.start();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cb?x=1"))
              .header("Content-Type", "application/json").header("X-Sign", "abc")
              .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"中\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).isEqualTo("success");
      assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
    } finally {
      server.stop(0);
    }
    CallbackRequest r = received.get();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.query()).containsEntry("x", "1");
    assertThat(r.header("x-sign")).hasValue("abc");
    assertThat(r.header("x-absent")).isEmpty();
    assertThat(r.bodyText()).isEqualTo("{\"a\":\"中\"}");
    assertThat(r.toString()).doesNotContain("中");
  }

  @Test
  void javaxServletRequestIsReadFromItsStreamAndReplyWritten() throws Exception {
    byte[] body = "order_no=T1".getBytes(StandardCharsets.UTF_8);
    ServletInput in = new ServletInput(body);
    javax.servlet.http.HttpServletRequest request = proxy(javax.servlet.http.HttpServletRequest.class, (m, a) -> {
      switch (m) {
        case "getMethod": return "POST";
        case "getQueryString": return "sig=1";
        case "getHeaderNames": return Collections.enumeration(Arrays.asList("Content-Type"));
        case "getHeaders": return Collections.enumeration(Arrays.asList("application/x-www-form-urlencoded"));
        case "getInputStream": return in;
        default: return null;
      }
    });
    CallbackRequest r = ServletCallbacks.read(request);
    assertThat(BodyCodec.form(r)).containsEntry("order_no", "T1");
    assertThat(r.query()).containsEntry("sig", "1");

    ServletOutput out = new ServletOutput();
    int[] status = new int[1];
    String[] type = new String[1];
    javax.servlet.http.HttpServletResponse response = proxy(javax.servlet.http.HttpServletResponse.class, (m, a) -> {
      switch (m) {
        case "setStatus": status[0] = (Integer) a[0]; return null;
        case "setContentType": type[0] = (String) a[0]; return null;
        case "getOutputStream": return out;
        default: return null;
      }
    });
    ServletCallbacks.write(CallbackReply.json("{\"code\":\"1001\"}"), response);
    assertThat(status[0]).isEqualTo(200);
    assertThat(type[0]).isEqualTo("application/json; charset=UTF-8");
    assertThat(out.bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"code\":\"1001\"}");
  }

  @Test
  void jakartaServletRequestIsReadFromItsStream() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    jakarta.servlet.ServletInputStream in = new jakarta.servlet.ServletInputStream() {
      @Override public int read() { return bytes.read(); }
      @Override public boolean isFinished() { return bytes.available() == 0; }
      @Override public boolean isReady() { return true; }
      @Override public void setReadListener(jakarta.servlet.ReadListener l) {}
    };
    jakarta.servlet.http.HttpServletRequest request = proxy(jakarta.servlet.http.HttpServletRequest.class, (m, a) -> {
      switch (m) {
        case "getMethod": return "POST";
        case "getHeaderNames": return Collections.enumeration(Arrays.asList("Content-Type"));
        case "getHeaders": return Collections.enumeration(Arrays.asList("application/json"));
        case "getInputStream": return in;
        default: return null;
      }
    });
    CallbackRequest r = JakartaServletCallbacks.read(request);
    assertThat(r.isJson()).isTrue();
    assertThat(r.bodyText()).isEqualTo("{\"a\":1}");
  }

  @Test
  void oversizedBodiesAreRefused() {
    byte[] huge = new byte[CallbackRequest.MAX_BODY_BYTES + 1];
    assertThatThrownBy(() -> CallbackRequest.readAll(new ByteArrayInputStream(huge)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  interface Answer {
    Object answer(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  static <T> T proxy(Class<T> type, Answer answer) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (p, m, a) -> answer.answer(m.getName(), a));
  }

  static final class ServletInput extends javax.servlet.ServletInputStream {
    final ByteArrayInputStream in;

    ServletInput(byte[] b) {
      in = new ByteArrayInputStream(b);
    }

    @Override public int read() { return in.read(); }
    @Override public boolean isFinished() { return in.available() == 0; }
    @Override public boolean isReady() { return true; }
    @Override public void setReadListener(javax.servlet.ReadListener l) {}
  }

  static final class ServletOutput extends javax.servlet.ServletOutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override public void write(int b) { bytes.write(b); }
    @Override public boolean isReady() { return true; }
    @Override public void setWriteListener(javax.servlet.WriteListener l) {}
  }
}
