package io.github.ampark.core;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.CapturingLogs;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.core.testing.RecordingListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.MDC;

/** SLF4J MDC carries vendor, operation and request id during a call, and never outlives it. */
@Timeout(20)
class CallMdcTest extends MockServerTest<AcmeClient> {
  final RecordingListener listener = new RecordingListener();
  ExecutorService dispatcherThread;

  @Override
  protected AcmeClient newClient(MockWebServer server) {
    dispatcherThread = Executors.newSingleThreadExecutor();
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(new okhttp3.Dispatcher(dispatcherThread)).build();
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .httpClient(http).logLevel(LogLevel.BASIC).mdc(true).listener(listener).build();
  }

  @BeforeEach
  void clean() {
    MDC.clear();
    CapturingLogs.clear();
  }

  @AfterEach
  void stopDispatcher() {
    dispatcherThread.shutdownNow();
  }

  static List<String> httpLines() {
    return CapturingLogs.linesWithMdc().stream().filter(l -> l.contains("io.github.ampark.http.acme"))
        .collect(Collectors.toList());
  }

  @Test
  void aSyncCallLogsWithItsVendorOperationAndRequestIdAndLeavesNothingBehind() {
    server.enqueue(ok(order("T1", 100, "PAID")));
    server.enqueue(ok(order("T2", 100, "PAID")));
    MDC.put("tenant", "mall-7");

    client.getOrder("T1");
    String firstId = listener.started.get(0).requestId();
    assertThat(httpLines()).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith(
        "{ampark.operation=getOrder, ampark.request_id=" + firstId + ", ampark.vendor=acme, tenant=mall-7}"));
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("tenant", "mall-7"));

    CapturingLogs.clear();
    client.getOrder("T2"); // the next call on the same thread: its own id, nothing of the first
    String secondId = listener.started.get(1).requestId();
    assertThat(secondId).isNotEqualTo(firstId);
    assertThat(httpLines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("ampark.request_id=" + secondId));
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("tenant", "mall-7"));
  }

  @Test
  void aFailedSyncCallRestoresTheCallersOwnValues() {
    server.enqueue(error("E1", "no"));
    MDC.put("ampark.vendor", "outer-vendor");
    assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(ApiException.class);
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("ampark.vendor", "outer-vendor"));
  }

  @Test
  void aKeyedCallCarriesItsOperationAndEachStepItsOwn() {
    server.enqueue(new MockResponse.Builder().onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("{\"total\":1,\"orders\":[" + order("T1", 100, "PAID") + "]}"));
    client.createOrder("T1", 100);
    assertThat(CapturingLogs.linesWithMdc()).filteredOn(l -> l.contains("io.github.ampark.reconcile"))
        .isNotEmpty().allSatisfy(l -> assertThat(l).contains("ampark.operation=createOrder"));
    assertThat(httpLines()).anySatisfy(l -> assertThat(l).contains("ampark.operation=findOrders"));
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void anAsyncCallSetsTheMdcAroundItsCompletionAndClearsTheDispatcherThreadAfterwards() throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        attached.await(10, TimeUnit.SECONDS); // answer only once the dependent stage is attached
        return ok(order("T1", 100, "PAID"));
      }
    });
    CompletableFuture<Map<String, String>> seenInCompletion =
        client.getOrderAsync("T1").thenApply(order -> MDC.getCopyOfContextMap());
    attached.countDown();

    String id = listener.started.get(0).requestId();
    assertThat(seenInCompletion.get(10, TimeUnit.SECONDS)).isEqualTo(
        Map.of("ampark.vendor", "acme", "ampark.operation", "getOrder", "ampark.request_id", id));
    assertThat(httpLines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("ampark.request_id=" + id));
    // the dispatcher's only thread, next task: nothing of the call is left on it
    assertThat(dispatcherThread.submit(MDC::getCopyOfContextMap).get(10, TimeUnit.SECONDS)).isNullOrEmpty();
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void withMdcOffNothingIsPut() throws Exception {
    server.enqueue(ok(order("T1", 100, "PAID")));
    try (AcmeClient quiet = AcmeClient.builder().credentials("a", "s").baseUrl(baseUrl(server))
        .logLevel(LogLevel.BASIC).build()) {
      quiet.getOrder("T1");
    }
    assertThat(httpLines()).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith("{}"));
  }
}
