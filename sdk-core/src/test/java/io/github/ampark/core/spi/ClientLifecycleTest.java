package io.github.ampark.core.spi;


import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.testing.AcmeClient;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientLifecycleTest {
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void closingAClientReleasesTheOkHttpClientItCreated() {
    AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).build();
    server.enqueue(ok(order("T1", 1, "NEW")));
    client.getOrder("T1");
    client.close();
    client.close(); // idempotent
    assertThat(client.runtime().httpClient().dispatcher().executorService().isShutdown()).isTrue();
    assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(AmparkException.class).hasMessageContaining("closed");
  }

  @Test
  void aCallerSuppliedOkHttpClientIsNeverClosed() {
    OkHttpClient mine = new OkHttpClient();
    AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).httpClient(mine).build();
    server.enqueue(ok(order("T1", 1, "NEW")));
    client.getOrder("T1");
    client.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(client.runtime().httpClient().connectionPool()).isSameAs(mine.connectionPool());
  }

  @Test
  void anOwnClientAllowsAsyncFanOutToOneHostButACallersDispatcherIsKept() {
    try (AcmeClient own = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).build()) {
      assertThat(own.runtime().httpClient().dispatcher().getMaxRequestsPerHost()).isEqualTo(ClientRuntime.MAX_ASYNC_PER_HOST);
    }
    OkHttpClient mine = new OkHttpClient();
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).httpClient(mine).build()) {
      assertThat(client.runtime().httpClient().dispatcher()).isSameAs(mine.dispatcher());
      assertThat(client.runtime().httpClient().dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
    }
  }

  @Test
  void anOwnClientsConnectionsSendWithoutNagleButACallersSocketFactoryIsKept() throws Exception {
    try (AcmeClient own = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).build()) {
      assertThat(tcpNoDelayOfAConnection(own.runtime().httpClient())).isTrue();
    }
    OkHttpClient mine = new OkHttpClient();
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).httpClient(mine).build()) {
      assertThat(client.runtime().httpClient().socketFactory()).isSameAs(mine.socketFactory());
      assertThat(tcpNoDelayOfAConnection(client.runtime().httpClient())).isFalse(); // the JDK's default
    }
  }

  /** TCP_NODELAY of the socket a plain GET through {@code client}'s socket factory connects. */
  private boolean tcpNoDelayOfAConnection(OkHttpClient client) throws Exception {
    java.util.concurrent.atomic.AtomicReference<Boolean> noDelay = new java.util.concurrent.atomic.AtomicReference<>();
    OkHttpClient probe = client.newBuilder().addNetworkInterceptor(chain -> {
      noDelay.set(chain.connection().socket().getTcpNoDelay());
      return chain.proceed(chain.request());
    }).build();
    server.enqueue(ok("{}"));
    try (okhttp3.Response r = probe.newCall(new okhttp3.Request.Builder().url(baseUrl(server)).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    return noDelay.get();
  }

  @Test
  void derivedRuntimeSharesThePoolAndDoesNotCloseIt() {
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).build()) {
      ClientRuntime derived = client.runtime().derive(client.runtime().spec().toBuilder().secret("other-secret").build());
      assertThat(derived.httpClient().connectionPool()).isSameAs(client.runtime().httpClient().connectionPool());
      derived.close();
      assertThat(client.runtime().isClosed()).isFalse();
      client.close();
      assertThat(derived.isClosed()).isTrue();
    }
  }

  @Test
  void configurationRejectsNonsenseWithTheFieldName() {
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl("not a url"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
    assertThatThrownBy(() -> ClientConfig.builder().callDeadline(java.time.Duration.ZERO))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("callDeadline"));
    assertThatThrownBy(() -> AcmeClient.builder().credentials("a", " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("secret"));
  }

  @Test
  void baseUrlGetsATrailingSlashSoRelativePathsResolveBelowIt() {
    assertThat(ClientConfig.builder().baseUrl("https://api.4pyun.com/gate/1.0").build().baseUrl().toString())
        .isEqualTo("https://api.4pyun.com/gate/1.0/");
  }
}
