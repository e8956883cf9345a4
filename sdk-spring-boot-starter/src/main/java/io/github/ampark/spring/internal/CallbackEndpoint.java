package io.github.ampark.spring.internal;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.callback.CallbackObservation;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.JakartaServletCallbacks;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.CallbackTenant;
import io.github.ampark.spring.UnknownTenantException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;

/**
 * A vendor's callback endpoint: {@code POST <path>[/<tenant>]/<routed segments>}. The tenant comes
 * from the path and picks the verifying keys before the body is looked at; the body is read up to
 * {@link CallbackRequest#MAX_BODY_BYTES} (a longer one is {@code 413} before any work); the vendor's
 * {@code XxxCallbacks.handle} verifies, deduplicates, runs the user's handler and gives the exact
 * reply, which is written as is. Some vendors route on segments after the tenant (Wanzhuang's
 * {@code <token>/<kind>}, Yinli's {@code <kind>}): the endpoint passes them through in {@link
 * CallbackRequest#path()}, with the peer address in {@link CallbackRequest#remoteAddress()}.
 *
 * <p>It is a servlet {@link Filter} (Boot registers {@code Filter} beans), ordered after Spring
 * Security's filters and ahead of the {@code DispatcherServlet}: the servlet would parse a
 * multipart body into parts (Yinli's 2.x calls, Wanzhuang's offline_profit) before any handler saw
 * the raw bytes the signature covers. Requests for other paths pass through untouched.
 */
public final class CallbackEndpoint implements Filter, Ordered {
  /** The filter order: after Spring Security (-100) and Boot's own filters, before the servlet. */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1000;

  private static final Logger LOG = LoggerFactory.getLogger(CallbackEndpoint.class);
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");

  private final String vendor;
  private final String path;
  private final BiFunction<String, CallbackRequest, CallbackReply> handle;
  private final Supplier<AmparkListener> listener;
  private final int routed;

  /**
   * An endpoint at {@code <path>} (tenant {@code default}) and {@code <path>/<tenant>}.
   *
   * @param vendor e.g. {@code bolink}
   * @param path the configured path, e.g. {@code /callbacks/bolink}
   * @param handle (tenant, request) → the vendor's reply; never throws for a bad body
   * @param listener the {@link AmparkListener} bean (metrics), or a supplier of {@code null}
   */
  public CallbackEndpoint(String vendor, String path, BiFunction<String, CallbackRequest, CallbackReply> handle,
      Supplier<AmparkListener> listener) {
    this(vendor, path, 0, handle, listener);
  }

  /**
   * An endpoint whose vendor routes on {@code routed} more path segments after the tenant: {@code
   * <path>/<s1>/…} (tenant {@code default}) and {@code <path>/<tenant>/<s1>/…}.
   *
   * @param vendor e.g. {@code wanzhuang}
   * @param path the configured path, e.g. {@code /callbacks/wanzhuang}
   * @param routed how many segments the vendor reads after the tenant (0 to 4)
   * @param handle (tenant, request) → the vendor's reply; never throws for a bad body
   * @param listener the {@link AmparkListener} bean (metrics), or a supplier of {@code null}
   */
  public CallbackEndpoint(String vendor, String path, int routed, BiFunction<String, CallbackRequest, CallbackReply> handle,
      Supplier<AmparkListener> listener) {
    if (routed < 0 || routed > 4) {
      throw new IllegalArgumentException("routed segments: 0 to 4");
    }
    this.routed = routed;
    this.vendor = vendor;
    this.path = normalize(path);
    this.handle = handle;
    this.listener = listener;
  }

  /**
   * What an endpoint does with one delivery: the vendor's {@code XxxCallbacks} for the tenant,
   * verifying, deduplicating and dispatching to the handler bean.
   *
   * @param <H> the handler bean's type
   */
  @FunctionalInterface
  public interface Dispatch<H> {
    /**
     * Handles one delivery.
     *
     * @param tenant the tenant from the path
     * @param request the delivery
     * @param handler the user's handler bean
     * @return the vendor's exact reply
     */
    CallbackReply handle(String tenant, CallbackRequest request, H handler);
  }

  /**
   * An endpoint dispatching to the single handler bean of a type; fails the startup without one.
   *
   * @param vendor e.g. {@code wanzhuang}
   * @param property the path property, for the startup failure's message
   * @param path the configured path
   * @param routed how many segments the vendor reads after the tenant
   * @param type the handler bean's type
   * @param handlers the handler beans
   * @param dispatch the vendor's handling of one delivery
   * @param listener the {@link AmparkListener} bean, if any
   * @param <H> the handler bean's type
   * @return the endpoint
   * @throws IllegalStateException if there is no single handler bean
   */
  public static <H> CallbackEndpoint forHandler(String vendor, String property, String path, int routed, Class<H> type,
      ObjectProvider<H> handlers, Dispatch<H> dispatch, ObjectProvider<AmparkListener> listener) {
    H handler = handlers.getIfUnique();
    if (handler == null) {
      throw new IllegalStateException(property + " is set but there is no single " + type.getSimpleName() + " bean:"
          + " declare one (your code for " + vendor + "'s callbacks), or unset the path");
    }
    return new CallbackEndpoint(vendor, path, routed, (tenant, request) -> dispatch.handle(tenant, request, handler),
        listener::getIfAvailable);
  }

  /**
   * Normalizes a configured path.
   *
   * @param path a configured path
   * @return it with one leading slash and no trailing one
   */
  public static String normalize(String path) {
    String p = path.trim();
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** @return {@link #ORDER} */
  @Override
  public int getOrder() {
    return ORDER;
  }

  /**
   * Answers the requests for this endpoint's path and passes every other one on.
   *
   * @param request the request
   * @param response the response
   * @param chain the rest of the chain (not called for this endpoint's requests)
   * @throws IOException from the chain
   * @throws ServletException from the chain
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest && response instanceof HttpServletResponse) {
      HttpServletRequest http = (HttpServletRequest) request;
      String uri = http.getRequestURI().substring(http.getContextPath().length());
      if (uri.equals(path) || uri.startsWith(path + "/")) {
        handleRequest(http, (HttpServletResponse) response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Answers one delivery (see the class comment).
   *
   * @param request the servlet request
   * @param response the servlet response
   */
  public void handleRequest(HttpServletRequest request, HttpServletResponse response) {
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      plain(response, 405, "method not allowed");
      return;
    }
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String tenant = tenant(uri.length() > path.length() ? uri.substring(path.length()) : "");
    if (tenant == null) {
      plain(response, 404, "not found");
      return;
    }
    if (request.getContentLengthLong() > CallbackRequest.MAX_BODY_BYTES) {
      plain(response, 413, "too large");
      return;
    }
    CallbackRequest callback;
    try {
      callback = JakartaServletCallbacks.read(request);
    } catch (IllegalArgumentException e) {
      plain(response, 413, "too large"); // the body ran past the cap without a Content-Length
      return;
    } catch (java.io.UncheckedIOException e) {
      LOG.warn("a {} callback's body could not be read: {}", vendor, e.getCause().toString());
      plain(response, 400, "unreadable body");
      return;
    }
    CallbackReply reply;
    try {
      // The vendor's handle() runs the duplicate guard inside: CallbackObservation reports what it found.
      reply = CallbackTenant.with(tenant, () ->
          CallbackObservation.observe(listener.get(), vendor, "callback", () -> handle.apply(tenant, callback)));
    } catch (UnknownTenantException e) {
      LOG.warn("refused a {} callback for an unknown tenant {}", vendor, e.tenant());
      plain(response, 404, "unknown tenant");
      return;
    } catch (RuntimeException e) {
      // The tenant's keys could not be loaded (a lookup failed, incomplete settings): refuse, so the vendor resends.
      LOG.warn("refused a {} callback for tenant {}: {}", vendor, tenant, e.toString());
      plain(response, 503, "temporarily unavailable");
      return;
    }
    JakartaServletCallbacks.write(reply, response);
  }

  /** The tenant a path below {@code path} names, or {@code null} if it is not a path of this endpoint. */
  private String tenant(String rest) {
    if (rest.isEmpty() || "/".equals(rest)) {
      return routed == 0 ? AmparkTenants.DEFAULT_TENANT : null;
    }
    if (!rest.startsWith("/")) {
      return null;
    }
    String[] segments = rest.substring(1).split("/", -1);
    for (String s : segments) {
      if (!SEGMENT.matcher(s).matches()) {
        return null;
      }
    }
    if (segments.length == routed) {
      return AmparkTenants.DEFAULT_TENANT;
    }
    if (segments.length == routed + 1 && TENANT.matcher(segments[0]).matches()) {
      return segments[0];
    }
    return null;
  }

  private static void plain(HttpServletResponse response, int status, String text) {
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    try {
      response.getOutputStream().write(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** @return the vendor and path, for logs */
  @Override
  public String toString() {
    return "CallbackEndpoint{" + vendor + " at " + path + "}";
  }
}
