package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The tenant registry: lazy builds, lookups after properties, close on removal, never null. */
class AmparkTenantsTest {
  static final class Client implements AutoCloseable {
    final String tenant;
    final String baseUrl;
    volatile boolean closed;

    Client(String tenant, String baseUrl) {
      this.tenant = tenant;
      this.baseUrl = baseUrl;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static final class Tenants extends AmparkTenants<Client, ClientSettings> {
    final List<Client> built = new ArrayList<>();

    Tenants(Map<String, String> configured, List<TenantLookup<ClientSettings>> lookups) {
      super("demo", ClientSettings::new, name -> Optional.ofNullable(configured.get(name)).map(url -> {
        ClientSettings s = new ClientSettings();
        s.setBaseUrl(url);
        return s;
      }), new LinkedHashSet<>(configured.keySet()), lookups);
    }

    @Override
    protected Client build(String tenant, ClientSettings settings) {
      Client c = new Client(tenant, settings.getBaseUrl());
      synchronized (built) {
        built.add(c);
      }
      return c;
    }
  }

  @Test
  void clientsAreBuiltOnFirstUseOnlyAndReused() {
    Tenants t = new Tenants(Map.of("north", "http://n/"), List.of());
    assertThat(t.built).isEmpty();
    Client first = t.client("north");
    assertThat(t.client("north")).isSameAs(first);
    assertThat(t.built).hasSize(1);
    assertThat(first.baseUrl).isEqualTo("http://n/");
  }

  @Test
  void anUnknownTenantIsAClearExceptionNamingVendorAndTenantNeverNull() {
    Tenants t = new Tenants(Map.of("north", "http://n/"), List.of(name -> Optional.empty()));
    assertThatThrownBy(() -> t.client("west"))
        .isInstanceOf(UnknownTenantException.class)
        .hasMessageContaining("demo").hasMessageContaining("west")
        .satisfies(e -> assertThat(((UnknownTenantException) e).tenant()).isEqualTo("west"));
    assertThat(t.builtTenants()).isEmpty();
  }

  @Test
  void lookupsAreAskedForNamesThePropertiesDoNotKnowAndAgainAfterRemoval() {
    Map<String, String> db = new ConcurrentHashMap<>(Map.of("p42", "http://db-1/"));
    AtomicInteger asked = new AtomicInteger();
    TenantLookup<ClientSettings> lookup = name -> {
      asked.incrementAndGet();
      return Optional.ofNullable(db.get(name)).map(url -> {
        ClientSettings s = new ClientSettings();
        s.setBaseUrl(url);
        return s;
      });
    };
    Tenants t = new Tenants(Map.of("north", "http://n/"), List.of(lookup));
    t.client("north");
    assertThat(asked).hasValue(0);

    Client old = t.client("p42");
    t.client("p42");
    assertThat(asked).hasValue(1);
    assertThat(old.baseUrl).isEqualTo("http://db-1/");

    db.put("p42", "http://db-2/");
    assertThat(t.remove("p42")).isTrue();
    assertThat(old.closed).isTrue();
    Client fresh = t.client("p42");
    assertThat(fresh).isNotSameAs(old);
    assertThat(fresh.baseUrl).isEqualTo("http://db-2/");
    assertThat(asked).hasValue(2);

    db.remove("p42");
    t.remove("p42");
    assertThat(fresh.closed).isTrue();
    assertThatThrownBy(() -> t.client("p42")).isInstanceOf(UnknownTenantException.class);
  }

  @Test
  void closeClosesEveryBuiltClientAndRefusesLaterUse() {
    Tenants t = new Tenants(Map.of("a", "http://a/", "b", "http://b/"), List.of());
    Client a = t.client("a");
    Client b = t.client("b");
    t.close();
    assertThat(a.closed).isTrue();
    assertThat(b.closed).isTrue();
    assertThatThrownBy(() -> t.client("a")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBlankTenantNameIsAValidationErrorNamingTheField() {
    Tenants t = new Tenants(Map.of(), List.of());
    assertThatThrownBy(() -> t.client(" ")).isInstanceOf(io.github.ampark.core.ValidationException.class)
        .hasMessageContaining("tenant");
  }
}
