package io.github.ampark.spring;

import io.github.ampark.core.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One vendor's clients, one per tenant (car park, merchant, mall), built on first use and kept until
 * {@link #remove(String)} or shutdown. Tenants come from {@code ampark.<vendor>.tenants.<name>.*}
 * (each one the shared {@code ampark.<vendor>.*} settings with its own overrides on top), then from
 * your {@link TenantLookup} beans. Without a {@code tenants} map the top-level settings are the
 * tenant named {@value #DEFAULT_TENANT}.
 *
 * <pre>{@code
 * @Autowired BolinkTenants bolink;
 * bolink.client("park-42").orders().exitOrder(...);
 * }</pre>
 *
 * <p>Thread-safe. An unknown tenant is an {@link UnknownTenantException}, never {@code null}.
 *
 * @param <C> the vendor's client type
 * @param <S> the vendor's settings type
 */
public abstract class AmparkTenants<C extends AutoCloseable, S extends ClientSettings> implements AutoCloseable {
  /** The tenant the top-level {@code ampark.<vendor>.*} settings describe when no tenants are named. */
  public static final String DEFAULT_TENANT = "default";

  private static final Logger LOG = LoggerFactory.getLogger(AmparkTenants.class);

  private final String vendor;
  private final Supplier<S> defaults;
  private final Function<String, Optional<S>> configured;
  private final Set<String> configuredNames;
  private final List<TenantLookup<S>> lookups;
  private final ConcurrentMap<String, Tenant<C, S>> built = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * For the auto-configuration.
   *
   * @param vendor e.g. {@code bolink}
   * @param defaults a fresh copy of the shared {@code ampark.<vendor>.*} settings
   * @param configured the settings of a tenant named in the properties, or empty
   * @param configuredNames the tenants the properties name
   * @param lookups your lookups, asked in order for other names
   */
  protected AmparkTenants(String vendor, Supplier<S> defaults, Function<String, Optional<S>> configured,
      Set<String> configuredNames, List<TenantLookup<S>> lookups) {
    this.vendor = vendor;
    this.defaults = defaults;
    this.configured = configured;
    this.configuredNames = Collections.unmodifiableSet(new LinkedHashSet<>(configuredNames));
    this.lookups = new ArrayList<>(lookups);
  }

  /**
   * Builds a client from a tenant's settings.
   *
   * @param tenant the tenant's name
   * @param settings its settings
   * @return the client
   */
  protected abstract C build(String tenant, S settings);

  /** @return the vendor, e.g. {@code bolink} */
  public final String vendor() {
    return vendor;
  }

  /** @return a fresh, mutable copy of the shared {@code ampark.<vendor>.*} settings, to start a looked-up tenant from */
  public final S defaults() {
    return defaults.get();
  }

  /** @return the tenants named in the properties ({@value #DEFAULT_TENANT} when none are) */
  public final Set<String> configuredTenants() {
    return configuredNames;
  }

  /**
   * @param tenant the tenant's name
   * @return its client, built on first use
   * @throws UnknownTenantException if no properties or lookup know the tenant
   * @throws io.github.ampark.core.ValidationException if its settings are incomplete (e.g. a missing key)
   * @throws IllegalStateException after shutdown
   */
  public final C client(String tenant) {
    return tenant(tenant).client;
  }

  /**
   * @param tenant the tenant's name
   * @return the settings its client was built from (secrets included: do not log them)
   * @throws UnknownTenantException if no properties or lookup know the tenant
   */
  public final S settings(String tenant) {
    return tenant(tenant).settings;
  }

  /**
   * Forgets a tenant: closes its client (and drops its callback verifier); the next use asks the
   * properties and lookups again. Call it when a tenant's row changes or is deleted. Calls already
   * running on the old client may fail.
   *
   * @param tenant the tenant's name
   * @return whether a built client was closed
   */
  public final boolean remove(String tenant) {
    Tenant<C, S> t = built.remove(Checks.notNull("tenant", tenant));
    if (t == null) {
      return false;
    }
    closeQuietly(tenant, t.client);
    return true;
  }

  /** @return the tenants whose clients are built now */
  public final Set<String> builtTenants() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(built.keySet()));
  }

  /**
   * A value derived once per tenant from its settings and client (e.g. its callback verifier),
   * dropped with the tenant by {@link #remove}.
   *
   * @param tenant the tenant
   * @param key identifies the kind of value
   * @param make makes it
   * @param <T> its type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  protected final <T> T attached(String tenant, String key, Function<Tenant<C, S>, T> make) {
    Tenant<C, S> t = tenant(tenant);
    return (T) t.attachments.computeIfAbsent(key, k -> make.apply(t));
  }

  private Tenant<C, S> tenant(String tenant) {
    Checks.notBlank("tenant", tenant);
    if (closed) {
      throw new IllegalStateException("the " + vendor + " clients are closed (application shutting down)");
    }
    Tenant<C, S> t = built.get(tenant);
    if (t != null) {
      return t;
    }
    return built.computeIfAbsent(tenant, name -> {
      S s = find(name).orElseThrow(() -> new UnknownTenantException(vendor, name));
      C client = build(name, s);
      LOG.debug("built the {} client for tenant {}", vendor, name);
      return new Tenant<>(s, client);
    });
  }

  private Optional<S> find(String tenant) {
    Optional<S> s = configured.apply(tenant);
    if (s.isPresent()) {
      return s;
    }
    for (TenantLookup<S> lookup : lookups) {
      Optional<S> found = lookup.find(tenant);
      if (found != null && found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Closes every built client. */
  @Override
  public final void close() {
    closed = true;
    for (String name : new ArrayList<>(built.keySet())) {
      remove(name);
    }
  }

  private void closeQuietly(String tenant, C client) {
    try {
      client.close();
    } catch (Exception e) {
      LOG.warn("closing the {} client of tenant {} failed", vendor, tenant, e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{configured=" + configuredNames + ", built=" + built.keySet() + "}";
  }

  /**
   * A built tenant: its settings and client.
   *
   * @param <C> client type
   * @param <S> settings type
   */
  protected static final class Tenant<C, S> {
    /** The settings it was built from. */
    public final S settings;
    /** Its client. */
    public final C client;
    final ConcurrentMap<String, Object> attachments = new ConcurrentHashMap<>();

    Tenant(S settings, C client) {
      this.settings = settings;
      this.client = client;
    }
  }
}
