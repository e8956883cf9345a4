package io.github.ampark.micrometer;

import static io.github.ampark.core.testing.AcmeServer.*;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.MockServerTest;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each call is one observation (a span to a tracer): named, tagged, stopped, with its error. */
@Timeout(20)
class ObservationTest extends MockServerTest<AcmeClient> {
  final TestObservationRegistry observations = TestObservationRegistry.create();

  @Override
  protected AcmeClient newClient(MockWebServer server) {
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .listener(MicrometerListener.create(observations, new SimpleMeterRegistry())).build();
  }

  @Test
  void aCallIsAStoppedObservationWithLowAndHighCardinalityValuesApart() throws Exception {
    server.enqueue(ok(order("T1", 100, "PAID")));
    client.getOrderAsync("T1").get(10, TimeUnit.SECONDS);

    assertThat(observations).hasNumberOfObservationsEqualTo(1)
        .hasSingleObservationThat()
        .hasNameEqualTo(DefaultAmparkCallConvention.NAME)
        .hasContextualNameEqualTo("acme getOrder")
        .hasBeenStarted().hasBeenStopped()
        .hasLowCardinalityKeyValue("ampark.vendor", "acme")
        .hasLowCardinalityKeyValue("ampark.operation", "getOrder")
        .hasLowCardinalityKeyValue("ampark.outcome", "success")
        .hasLowCardinalityKeyValue("http.request.method", "GET")
        .hasLowCardinalityKeyValue("http.response.status_code", "200")
        .hasHighCardinalityKeyValueWithKey("ampark.request_id")
        .hasHighCardinalityKeyValue("ampark.attempts", "1")
        .doesNotHaveError();
  }

  @Test
  void aFailedCallCarriesItsErrorAndVendorCodeAsHighCardinality() {
    server.enqueue(error("E42", "no such order"));
    assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(ApiException.class);

    assertThat(observations).hasSingleObservationThat()
        .hasLowCardinalityKeyValue("ampark.outcome", "api_error")
        .hasHighCardinalityKeyValue("ampark.vendor_code", "E42")
        .hasHighCardinalityKeyValue("ampark.vendor_request_id", "r-9")
        .doesNotHaveLowCardinalityKeyValueWithKey("ampark.vendor_code")
        .hasError();
  }

  @Test
  void aCustomConventionRenamesTheObservation() {
    observations.clear();
    server.enqueue(ok(order("T1", 100, "PAID")));
    MicrometerListener custom = MicrometerListener.builder(observations, new SimpleMeterRegistry())
        .convention(new DefaultAmparkCallConvention() {
          @Override
          public String getName() {
            return "parking.vendor.calls";
          }

          @Override
          public KeyValues getLowCardinalityKeyValues(AmparkCallContext context) {
            return super.getLowCardinalityKeyValues(context).and("tenant", "mall-7");
          }
        }).build();
    try (AcmeClient c = AcmeClient.builder().credentials("a", "s").baseUrl(baseUrl(server)).listener(custom).build()) {
      c.getOrder("T1");
    }
    assertThat(observations).hasSingleObservationThat().hasNameEqualTo("parking.vendor.calls")
        .hasLowCardinalityKeyValue("tenant", "mall-7");
  }
}
