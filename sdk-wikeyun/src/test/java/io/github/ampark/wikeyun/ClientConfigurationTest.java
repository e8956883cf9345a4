package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.ForbidRequest;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Environments, derived clients for other stores and merchants, closing. */
class ClientConfigurationTest {
  @Test
  void productionIsTheDefaultGateway() {
    assertThat(WikeyunEnvironment.PRODUCTION.baseUrl()).isEqualTo("https://router.wikeyun.cn/");
    try (WikeyunClient client = WikeyunClient.builder().credentials(APP_KEY, SECRET).storeId(STORE).build()) {
      assertThat(client.toString()).contains("baseUrl=https://router.wikeyun.cn/");
      assertThat(client.appKey()).isEqualTo(APP_KEY);
      assertThat(client.storeId()).isEqualTo(STORE);
    }
  }

  @Test
  void aClientForAnotherStoreSendsItsStoreIdAndSharesThePool() throws Exception {
    try (MockWebServer server = MockServers.start(); WikeyunClient client = client(server).build()) {
      server.enqueue(MockServers.json("{\"code\":\"0000\",\"msg\":\"设置成功\",\"data\":{}}"));
      WikeyunClient other = client.withStoreId("777");
      other.power().forbid(ForbidRequest.disableNonApiRecharge());
      assertThat(body(take(server))).isEqualTo("store_id=777&status=1");
      assertThat(other.runtime().httpClient().connectionPool()).isSameAs(client.runtime().httpClient().connectionPool());
      other.close();
      assertThat(client.runtime().isClosed()).isFalse();
    }
  }

  @Test
  void aClientForAnotherMerchantSignsWithItsOwnCredentials() throws Exception {
    try (MockWebServer server = MockServers.start(); WikeyunClient client = client(server).build()) {
      server.enqueue(ok("{\"id\":\"1\",\"card_num\":\"0\"}"));
      WikeyunClient other = client.withCredentials("2000002", "other-secret").withStoreId("888");
      other.power().cardInfo(CardInfoRequest.of(1));
      RecordedRequest r = take(server);
      assertThat(r.getUrl().queryParameter("app_key")).isEqualTo("2000002");
      assertThat(r.getUrl().queryParameter("sign")).isEqualTo(oracleSign("other-secret", signedParams(r)));
      assertThat(other.storeId()).isEqualTo("888");
      assertThat(client.withCredentials("2000002", "other-secret").storeId()).isNull();
    }
  }

  @Test
  void aClosedClientRefusesToSendAndClosingTwiceIsHarmless() throws Exception {
    try (MockWebServer server = MockServers.start()) {
      WikeyunClient client = client(server).build();
      WikeyunClient derived = client.withStoreId("777");
      client.close();
      client.close();
      assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1))).isInstanceOf(AmparkException.class)
          .hasMessageContaining("closed");
      assertThatThrownBy(() -> derived.power().cardInfo(CardInfoRequest.of(1))).isInstanceOf(AmparkException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }
}
