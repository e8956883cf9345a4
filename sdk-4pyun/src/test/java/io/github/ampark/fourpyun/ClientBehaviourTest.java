package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ApiException;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PreEnterRequest;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.UpdateRequest;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Environments, derived clients, async variants, retries by idempotency, lifecycle. */
class ClientBehaviourTest extends WireTest {
  @Test
  void environmentsPointAtTheGate10Hosts() {
    try (FourPyunClient prod = FourPyunClient.builder().appSecret(SECRET).build();
        FourPyunClient test = FourPyunClient.builder().appSecret(SECRET).environment(FourPyunEnvironment.TEST).build()) {
      assertThat(prod.toString()).contains("https://api.4pyun.com/gate/1.0/").doesNotContain(SECRET);
      assertThat(test.toString()).contains("https://dev-api.4pyun.com/gate/1.0/");
    }
  }

  @Test
  void aDerivedParkClientSignsWithItsOwnSecretAndPark() throws Exception {
    server.enqueue(ok1001());
    FourPyunClient other = client.withPark("other-park-uuid", "other-secret");
    other.parking().update(UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build());
    assertThat(other.parkUuid()).isEqualTo("other-park-uuid");
    assertThat(form(take(server))).containsEntry("park_uuid", "other-park-uuid")
        .containsEntry("sign", md5("flow_no=F&park_uuid=other-park-uuid&parking_serial=E&plate=粤B1&app_secret=other-secret"));
  }

  @Test
  void asynchronousVariantsSendTheSameSignedRequest() throws Exception {
    server.enqueue(ok1001());
    server.enqueue(ok1001());
    UpdateRequest u = UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build();
    Receipt sync = client.parking().update(u);
    Receipt async = client.parking().updateAsync(u).get(3, TimeUnit.SECONDS);
    assertThat(async).isEqualTo(sync);
    assertThat(body(take(server))).isEqualTo(body(take(server)));
  }

  @Test
  void reportsTheVendorIgnoresWhenRepeatedAreRetriedAfterA503() {
    server.enqueue(new MockResponse.Builder().code(503).body("").build());
    server.enqueue(ok1001());
    client.parking().update(UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void syncsAreNeverResentOnceTheyMayHaveReachedTheVendor() {
    server.enqueue(new MockResponse.Builder().code(503).body("").build());
    assertThatThrownBy(() -> client.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(SyncEndpointsWireTest.pv4Renewal()))))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPreEnterQueryIsRetriedAndTheBodyIsSignedOnceWithTheSameBytes() throws Exception {
    server.enqueue(new MockResponse.Builder().code(502).body("").build());
    server.enqueue(envelope("{\"code\":\"1002\",\"seqno\":\"s\"}"));
    client.parking().preEnter(PreEnterRequest.builder().plate("粤B1").plateColor(PlateColor.BLUE).gateTime(T0).gateId("1")
        .gateName("A").build());
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(body(second)).isEqualTo(body(first));
    assertThat(body(first)).endsWith("&sign=" + form(first).get("sign")).containsOnlyOnce("sign=");
  }

  @Test
  void aClosedClientRefusesToSend() {
    client.close();
    assertThatThrownBy(() -> client.parking().update(UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build()))
        .isInstanceOf(AmparkException.class).hasMessageContaining("closed");
    assertThat(server.getRequestCount()).isZero();
  }
}
