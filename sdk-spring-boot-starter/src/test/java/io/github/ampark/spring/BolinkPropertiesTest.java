package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.LogLevel;
import io.github.ampark.spring.bolink.BolinkAutoConfiguration;
import io.github.ampark.spring.bolink.BolinkClientCustomizer;
import io.github.ampark.spring.bolink.BolinkSettings;
import io.github.ampark.spring.bolink.BolinkTenants;
import io.github.ampark.testkit.bolink.FakeBolink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** ampark.bolink.* → clients per tenant: shared settings, overrides, lookups, customizers, a real call. */
class BolinkPropertiesTest {
  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AmparkAutoConfiguration.class, BolinkAutoConfiguration.class));

  @Test
  void eachTenantIsTheSharedSettingsWithItsOverridesOnTop() {
    runner.withPropertyValues(
        "ampark.bolink.union-id=200666", "ampark.bolink.ukey=shared-key", "ampark.bolink.call-deadline=20",
        "ampark.bolink.park-keys.p0=ck0",
        "ampark.bolink.tenants.north.park-keys.p1=ck1",
        "ampark.bolink.tenants.south.union-id=200777", "ampark.bolink.tenants.south.ukey=south-key",
        "ampark.bolink.tenants.south.call-deadline=5s", "ampark.bolink.tenants.south.log-level=basic")
        .run(ctx -> {
          BolinkTenants t = ctx.getBean(BolinkTenants.class);
          assertThat(t.configuredTenants()).containsExactlyInAnyOrder("north", "south", "default");
          BolinkSettings north = t.settings("north");
          assertThat(north.getUnionId()).isEqualTo(200666L);
          assertThat(north.getUkey()).isEqualTo("shared-key");
          assertThat(north.getCallDeadline()).isEqualTo(Duration.ofSeconds(20));
          assertThat(north.getParkKeys()).containsOnly(Map.entry("p0", "ck0"), Map.entry("p1", "ck1"));
          BolinkSettings south = t.settings("south");
          assertThat(south.getUnionId()).isEqualTo(200777L);
          assertThat(south.getUkey()).isEqualTo("south-key");
          assertThat(south.getCallDeadline()).isEqualTo(Duration.ofSeconds(5));
          assertThat(south.getLogLevel()).isEqualTo(LogLevel.BASIC);
          assertThat(t.client("south").unionId()).isEqualTo(200777L);
          assertThat(ctx.getBean(BolinkClient.class).unionId()).isEqualTo(200666L);
        });
  }

  @Test
  void withoutCredentialsThereIsNoDefaultClientBeanAndNoDefaultTenant() {
    runner.withPropertyValues("ampark.bolink.tenants.north.union-id=1", "ampark.bolink.tenants.north.ukey=k")
        .run(ctx -> {
          assertThat(ctx).doesNotHaveBean(BolinkClient.class);
          BolinkTenants t = ctx.getBean(BolinkTenants.class);
          assertThat(t.configuredTenants()).containsExactly("north");
          assertThatThrownBy(() -> t.client("default")).isInstanceOf(UnknownTenantException.class);
        });
  }

  @Test
  void anIncompleteTenantFailsOnUseWithAValidationErrorNamingTheMissingField() {
    runner.withPropertyValues("ampark.bolink.tenants.north.union-id=1").run(ctx ->
        assertThatThrownBy(() -> ctx.getBean(BolinkTenants.class).client("north"))
            .isInstanceOf(io.github.ampark.core.ValidationException.class).hasMessageContaining("ukey"));
  }

  @Test
  void aTenantLookupBeanSuppliesTenantsThePropertiesDoNotName() {
    runner.withPropertyValues("ampark.bolink.union-id=200666", "ampark.bolink.ukey=shared")
        .withBean("db", TenantLookup.class, () -> (TenantLookup<BolinkSettings>) name -> {
          if (!name.equals("p42")) {
            return Optional.empty();
          }
          BolinkSettings s = new BolinkSettings();
          s.setUnionId(4242L);
          s.setUkey("from-db");
          return Optional.of(s);
        })
        .run(ctx -> {
          BolinkTenants t = ctx.getBean(BolinkTenants.class);
          assertThat(t.client("p42").unionId()).isEqualTo(4242L);
          assertThat(t.defaults().getUnionId()).isEqualTo(200666L);
          assertThatThrownBy(() -> t.client("p43")).isInstanceOf(UnknownTenantException.class);
        });
  }

  @Test
  void customizersRunForEveryBuildInOrderAndTheirSettingsReachTheWire() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (FakeBolink fake = FakeBolink.start(200666, "shared")) {
      runner.withPropertyValues("ampark.bolink.union-id=200666", "ampark.bolink.ukey=shared",
              "ampark.bolink.base-url=http://127.0.0.1:9/")
          .withBean(AmparkClientCustomizer.class, () -> (vendor, tenant, b) -> seen.add("common:" + vendor + ":" + tenant))
          .withBean(BolinkClientCustomizer.class, () -> (tenant, b) -> {
            seen.add("bolink:" + tenant);
            b.baseUrl(fake.url());     // runs after the properties: the fake, not port 9, is called
          })
          .run(ctx -> {
            BolinkClient client = ctx.getBean(BolinkClient.class);
            client.raw().union("unionapi/newpark/setUp", Map.of("park_id", "p1"));
            assertThat(seen).containsExactly("common:bolink:default", "bolink:default");
            assertThat(fake.received(FakeBolink.PARK_SETUP)).hasSize(1);
          });
    }
  }

  @Test
  void settingsNeverShowSecretsInToString() {
    BolinkSettings s = new BolinkSettings();
    s.setUkey("very-secret-ukey");
    s.setParkKeys(Map.of("p1", "very-secret-ckey"));
    assertThat(s.toString()).doesNotContain("very-secret").contains("p1");
  }

  @Test
  void anAmparkClientBuilderIsWhatTheCommonCustomizerSees() {
    runner.withPropertyValues("ampark.bolink.union-id=1", "ampark.bolink.ukey=k")
        .withBean(AmparkClientCustomizer.class, () -> (vendor, tenant, b) ->
            assertThat(b).isInstanceOf(AmparkClientBuilder.class).isInstanceOf(BolinkClient.Builder.class))
        .run(ctx -> assertThat(ctx.getBean(BolinkClient.class)).isNotNull());
  }

  @Test
  void enabledFalseSwitchesBolinkOff() {
    runner.withPropertyValues("ampark.bolink.enabled=false", "ampark.bolink.union-id=1", "ampark.bolink.ukey=k")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(BolinkTenants.class).doesNotHaveBean(BolinkClient.class));
  }
}
