package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator with every value shown: the keys appear, their secret values never do; health reports
 * each tenant, an incomplete one DOWN naming the missing field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "ampark.bolink.union-id=200666",
    "ampark.bolink.ukey=SHARED-UKEY-VALUE",
    "ampark.bolink.tenants.north.park-keys.p1=NORTH-CKEY-VALUE",
    "ampark.bolink.tenants.south.union-id=200777",
    "ampark.bolink.tenants.south.ukey=SOUTH-UKEY-VALUE",
    "ampark.guard.redis.url=redis://:REDIS-PASSWORD-VALUE@127.0.0.1:1",
    "ampark.yinli.codec.cipher=AES_ECB_PKCS5",
    "ampark.yinli.tenants.mall.base-url=http://127.0.0.1:1/",
    "ampark.yinli.codec.aes-key=YINLI-AES-KEY-VALUE",
    "ampark.yinli.codec.private-key=YINLI-PRIVATE-KEY-VALUE",
    "ampark.yinli.tenants.mall.codec.aes-key=MALL-AES-KEY-VALUE",
    "ampark.wanzhuang.app-id=wz-app",
    "ampark.wanzhuang.secret=WZ-SECRET-VALUE",
    "ampark.wanzhuang.callback-token=WZ-CALLBACK-TOKEN-VALUE",
    "ampark.guard.type=memory",
    "ampark.health.enabled=true",
    "management.endpoints.web.exposure.include=env,configprops,health",
    "management.endpoint.env.show-values=always",
    "management.endpoint.configprops.show-values=always",
    "management.endpoint.health.show-details=always"})
class SecretsAreNeverExposedTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @LocalServerPort int port;

  String get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void envAndConfigpropsShowTheKeysButNeverTheSecrets() throws Exception {
    String env = get("/actuator/env");
    String props = get("/actuator/configprops");
    assertThat(env).contains("ampark.bolink.ukey").contains("200666").contains("ampark.yinli.codec.aes-key")
        .contains("ampark.wanzhuang.callback-token");
    assertThat(props).contains("ampark.yinli").contains("AES_ECB_PKCS5");
    assertThat(props).contains("ampark.bolink").contains("200777");
    for (String body : new String[] {env, props}) {
      assertThat(body).doesNotContain("SHARED-UKEY-VALUE").doesNotContain("NORTH-CKEY-VALUE")
          .doesNotContain("SOUTH-UKEY-VALUE").doesNotContain("REDIS-PASSWORD-VALUE")
          .doesNotContain("YINLI-AES-KEY-VALUE").doesNotContain("YINLI-PRIVATE-KEY-VALUE").doesNotContain("MALL-AES-KEY-VALUE")
          .doesNotContain("WZ-SECRET-VALUE").doesNotContain("WZ-CALLBACK-TOKEN-VALUE");
    }
  }

  @Test
  void healthShowsEveryTenantAndNoSecret() throws Exception {
    String health = get("/actuator/health");
    assertThat(health).contains("\"ampark\"").contains("\"bolink\"").contains("\"north\"").contains("\"south\"")
        .contains("\"default\"");
    assertThat(health).contains("\"yinli\"").contains("\"mall\"");
    assertThat(health).doesNotContain("UKEY-VALUE").doesNotContain("CKEY-VALUE").doesNotContain("KEY-VALUE")
        .doesNotContain("WZ-SECRET-VALUE");
  }
}
