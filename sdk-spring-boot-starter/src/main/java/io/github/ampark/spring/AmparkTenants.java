package io.github.ampark.spring;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  /**
   * The vendor's cheap, side-effect-free read for the health reachability probe, started on a
   * tenant's client; {@code null} (the default) when the vendor has no such read.
   *
   * @param client the tenant's client
   * @return the read in flight, or {@code null}
   */
  protected CompletableFuture<?> probe(C client) {
    return null;
  }

  /**
   * What the health reachability probe reads, for the health details.
   *
   * @return a short description of the read, or {@code null} when the vendor has none
   */
  protected String probeDescription() {
    return null;
  }

  /**
   * Probes whether the vendor answers this tenant: runs the vendor's cheap read (see {@link
   * #probe}) and waits at most {@code timeout}. UP when the vendor answered, with a success or
   * with an error code of its own (shown as {@code vendorCode}: the vendor is reachable; an
   * authentication code there means wrong credentials); DOWN when it did not answer in time or
   * the exchange failed (the exception's type is shown, never a secret or a message); {@link
   * Reachability.Status#NOT_PROBED} when the vendor has no safe read.
   *
   * @param tenant the tenant
   * @param timeout how long to wait for the answer (the read is cancelled after it)
   * @return the outcome
   * @throws UnknownTenantException if no properties or lookup know the tenant
   */
  public final Reachability reachability(String tenant, Duration timeout) {
    Map<String, Object> details = new LinkedHashMap<>();
    String what = probeDescription();
    CompletableFuture<?> read = what == null ? null : probe(client(tenant));
    if (read == null) {
      details.put("reachability", "not probed: " + vendor + " has no documented read that is cheap and free of side effects");
      return new Reachability(Reachability.Status.NOT_PROBED, details);
    }
    details.put("probe", what);
    try {
      read.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      details.put("answer", "success");
      return new Reachability(Reachability.Status.UP, details);
    } catch (TimeoutException e) {
      read.cancel(true);
      details.put("answer", "none within " + timeout.toMillis() + " ms");
      return new Reachability(Reachability.Status.DOWN, details);
    } catch (InterruptedException e) {
      read.cancel(true);
      Thread.currentThread().interrupt();
      details.put("answer", "interrupted");
      return new Reachability(Reachability.Status.DOWN, details);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
          ? e.getCause().getCause() : e.getCause();
      if (cause instanceof ApiException) {
        details.put("answer", "vendor error");
        details.put("vendorCode", String.valueOf(((ApiException) cause).vendorCode()));
        return new Reachability(Reachability.Status.UP, details);
      }
      details.put("answer", "failed");
      details.put("error", cause == null ? "unknown" : cause.getClass().getSimpleName());
      return new Reachability(Reachability.Status.DOWN, details);
    }
  }

  /**
   * Runs the customizers on a tenant's builder, in order: every {@link AmparkClientCustomizer},
   * then every vendor customizer (e.g. {@code BolinkClientCustomizer}).
   *
   * @param tenant the tenant being built
   * @param builder its builder, properties applied
   * @param common the customizers for every vendor
   * @param own the vendor's customizers
   * @param apply runs one vendor customizer on the builder
   * @param <B> the vendor's builder type
   * @param <V> the vendor's customizer type
   * @return {@code builder}
   */
  protected final <B extends io.github.ampark.core.AmparkClientBuilder<?>, V> B customized(String tenant, B builder,
      List<AmparkClientCustomizer> common, List<V> own, java.util.function.BiConsumer<V, B> apply) {
    for (AmparkClientCustomizer c : common) {
      c.customize(vendor, tenant, builder);
    }
    for (V c : own) {
      apply.accept(c, builder);
    }
    return builder;
  }

  /** {@return the vendor, e.g. {@code bolink}} */
  public final String vendor() {
    return vendor;
  }

  /**
   * {@return a fresh, mutable copy of the shared {@code ampark.<vendor>.*} settings, to start a looked-up tenant from}
   */
  public final S defaults() {
    return defaults.get();
  }

  /** {@return the tenants named in the properties ({@value #DEFAULT_TENANT} when none are)} */
  public final Set<String> configuredTenants() {
    return configuredNames;
  }

  /**
   * Returns its client, built on first use.
   *
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
   * Returns the settings its client was built from (secrets included: do not log them).
   *
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

  /** {@return the tenants whose clients are built now} */
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

  /** The outcome of a {@link #reachability} probe: a status and the details for the health endpoint (never a secret). */
  public static final class Reachability {
    /** Whether the vendor answered. */
    public enum Status {
      /** The vendor answered (a success or an error code of its own). */
      UP,
      /** No answer in time, or the exchange failed. */
      DOWN,
      /** The vendor has no safe read to probe with. */
      NOT_PROBED
    }

    private final Status status;
    private final Map<String, Object> details;

    Reachability(Status status, Map<String, Object> details) {
      this.status = status;
      this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** {@return the status} */
    public Status status() {
      return status;
    }

    /** {@return what was read and what came back (no secret, no message text)} */
    public Map<String, Object> details() {
      return details;
    }

    /** {@return the status and details} */
    @Override
    public String toString() {
      return "Reachability{" + status + ", " + details + "}";
    }
  }
}
