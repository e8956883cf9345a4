package io.github.ampark.spring.internal;

import io.github.ampark.spring.AmparkTenants;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads tenants from {@code ampark.<vendor>.*}: a tenant's settings are the shared prefix bound onto
 * a fresh object, then {@code tenants.<name>} bound on top, so an override replaces exactly what it
 * names (and map entries such as park keys add to the shared ones).
 *
 * @param <S> the settings type
 */
public final class TenantProperties<S> {
  private final Binder binder;
  private final String prefix;
  private final Supplier<S> factory;
  private final Set<String> names;
  private final Predicate<S> hasCredentials;

  /**
   * @param environment the Spring environment
   * @param vendor e.g. {@code bolink}
   * @param factory a new empty settings object
   * @param tenantNames the names under {@code tenants}
   * @param hasCredentials whether shared settings alone describe a tenant ({@code default})
   */
  public TenantProperties(Environment environment, String vendor, Supplier<S> factory, Set<String> tenantNames,
      Predicate<S> hasCredentials) {
    this.binder = Binder.get(environment);
    this.prefix = "ampark." + vendor;
    this.factory = factory;
    this.hasCredentials = hasCredentials;
    Set<String> all = new LinkedHashSet<>(tenantNames);
    if (!all.contains(AmparkTenants.DEFAULT_TENANT) && hasCredentials.test(defaults())) {
      all.add(AmparkTenants.DEFAULT_TENANT);
    }
    this.names = all;
  }

  /** @return a fresh copy of the shared settings */
  public S defaults() {
    S s = factory.get();
    binder.bind(prefix, Bindable.ofInstance(s));
    return s;
  }

  /** @return the tenant names the properties define */
  public Set<String> names() {
    return names;
  }

  /** @return name → settings, empty for a name the properties do not define */
  public Function<String, Optional<S>> lookup() {
    return name -> {
      if (!names.contains(name)) {
        return Optional.empty();
      }
      S s = defaults();
      binder.bind(prefix + ".tenants[" + name + "]", Bindable.ofInstance(s));
      return Optional.of(s);
    };
  }

  /** @return whether {@code s} carries credentials */
  boolean credentials(S s) {
    return hasCredentials.test(s);
  }
}
