package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.http.Body;
import retrofit2.http.POST;

class BytesBodyTest {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  interface Sync {
    @POST("sync")
    AmparkCall<String> sync(@Body RequestBody body);
  }

  @Test
  void ofIsWhatOkHttpsRequestBodyCreateWouldSend() throws Exception {
    byte[] bytes = "{\"plate\":\"粤B12345\"}".getBytes(StandardCharsets.UTF_8);
    BytesBody ours = BytesBody.of(bytes, JSON);
    RequestBody okhttps = RequestBody.create(bytes, JSON);
    assertThat(ours.contentType()).isEqualTo(okhttps.contentType());
    assertThat(ours.contentLength()).isEqualTo(okhttps.contentLength());
    assertThat(ours.isOneShot()).isFalse();
    Buffer a = new Buffer();
    ours.writeTo(a);
    assertThat(a.readByteArray()).isEqualTo(bytes);
    assertThat(BytesBody.of(new byte[0], null).contentType()).isNull();
    assertThatThrownBy(() -> BytesBody.of(null, JSON)).isInstanceOf(NullPointerException.class).hasMessage("bytes");
  }

  @Test
  void theSignerReadsABytesBodysArrayItselfAndAnyOtherBodyAsACopy() throws Exception {
    List<byte[]> seen = new ArrayList<>();
    try (MockWebServer server = startServer()) {
      server.enqueue(ok("\"a\""));
      server.enqueue(ok("\"b\""));
      VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl(baseUrl(server))
          .decoder(io.github.ampark.core.testing.AcmeClient.DECODER).signer(req -> seen.add(req.rawBody())).build();
      byte[] bytes = "{\"rows\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);
      try (ClientRuntime runtime = ClientRuntime.create(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build(), spec)) {
        Sync sync = runtime.create(Sync.class);
        sync.sync(BytesBody.of(bytes, JSON)).execute();
        sync.sync(RequestBody.create(bytes, JSON)).execute();
      }
      assertThat(seen.get(0)).isSameAs(bytes);
      assertThat(seen.get(1)).isNotSameAs(bytes).isEqualTo(bytes);
      assertThat(body(server.takeRequest(1, TimeUnit.SECONDS))).isEqualTo("{\"rows\":[1,2,3]}");
      assertThat(body(server.takeRequest(1, TimeUnit.SECONDS))).isEqualTo("{\"rows\":[1,2,3]}");
    }
  }
}
