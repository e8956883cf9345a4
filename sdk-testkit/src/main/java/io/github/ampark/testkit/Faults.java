package io.github.ampark.testkit;

import io.github.ampark.core.Nullable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The faults waiting to be injected into a fake's next exchanges. Each planned fault is used once
 * (or {@code times} times) on the next request it matches.
 *
 * <pre>{@code
 * fake.faults().next(Fault.processThenDisconnect());                          // whatever comes next
 * fake.faults().on("POST", "/rest/Power/pushOrder", Fault.retryAfter(Duration.ofSeconds(1)));
 * fake.faults().on("GET", "/parking/internal/payment", Fault.status(503), 2); // twice
 * }</pre>
 */
public final class Faults {
  private final List<Planned> planned = new ArrayList<>();

  Faults() {}

  /**
   * Injects {@code fault} into the next request, whatever its route.
   *
   * @param fault injected into the next request, whatever it is
   * @return this
   */
  public synchronized Faults next(Fault fault) {
    return next(fault, 1);
  }

  /**
   * Injects {@code fault} into the next {@code times} requests, whatever their route.
   *
   * @param fault injected into the next {@code times} requests, whatever they are
   * @param times how many
   * @return this
   */
  public synchronized Faults next(Fault fault, int times) {
    planned.add(new Planned(null, null, fault, times));
    return this;
  }

  /**
   * Injects {@code fault} into the next request to one route.
   *
   * @param method HTTP method
   * @param path exact path, e.g. {@code /rest/Power/pushOrder}
   * @param fault injected into the next matching request
   * @return this
   */
  public Faults on(String method, String path, Fault fault) {
    return on(method, path, fault, 1);
  }

  /**
   * Injects {@code fault} into the next {@code times} requests to one route.
   *
   * @param method HTTP method
   * @param path exact path
   * @param fault the fault
   * @param times how many matching requests get it
   * @return this
   */
  public synchronized Faults on(String method, String path, Fault fault, int times) {
    planned.add(new Planned(method, path, fault, times));
    return this;
  }

  /** Drops every planned fault. */
  public synchronized void clear() {
    planned.clear();
  }

  /**
   * How many planned injections are left.
   *
   * @return how many planned injections are left
   */
  public synchronized int pending() {
    int n = 0;
    for (Planned p : planned) {
      n += p.remaining;
    }
    return n;
  }

  synchronized @Nullable Fault take(String method, String path) {
    Iterator<Planned> it = planned.iterator();
    while (it.hasNext()) {
      Planned p = it.next();
      if ((p.method == null || p.method.equalsIgnoreCase(method)) && (p.path == null || p.path.equals(path))) {
        if (--p.remaining <= 0) {
          it.remove();
        }
        return p.fault;
      }
    }
    return null;
  }

  private static final class Planned {
    final @Nullable String method;
    final @Nullable String path;
    final Fault fault;
    int remaining;

    Planned(@Nullable String method, @Nullable String path, Fault fault, int times) {
      this.method = method;
      this.path = path;
      this.fault = fault;
      this.remaining = times;
    }
  }
}
