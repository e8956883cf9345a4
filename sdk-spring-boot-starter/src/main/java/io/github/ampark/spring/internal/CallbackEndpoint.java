package io.github.ampark.spring.internal;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.callback.CallbackObservation;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.JakartaServletCallbacks;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.CallbackTenant;
import io.github.ampark.spring.UnknownTenantException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A vendor's callback endpoint: {@code POST <path>[/<tenant>]}. The tenant comes from the path and
 * picks the verifying keys before the body is looked at; the vendor's {@code XxxCallbacks.handle}
 * verifies, deduplicates, runs the user's handler and gives the exact reply, which is written as is.
 */
public final class CallbackEndpoint implements HttpRequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(CallbackEndpoint.class);
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

  private final String vendor;
  private final String path;
  private final BiFunction<String, CallbackRequest, CallbackReply> handle;
  private final Supplier<AmparkListener> listener;

  /**
   * @param vendor e.g. {@code bolink}
   * @param path the configured path, e.g. {@code /callbacks/bolink}
   * @param handle (tenant, request) → the vendor's reply; never throws for a bad body
   * @param listener the {@link AmparkListener} bean (metrics), or a supplier of {@code null}
   */
  public CallbackEndpoint(String vendor, String path, BiFunction<String, CallbackRequest, CallbackReply> handle,
      Supplier<AmparkListener> listener) {
    this.vendor = vendor;
    this.path = normalize(path);
    this.handle = handle;
    this.listener = listener;
  }

  /** @param path a configured path @return it with one leading slash and no trailing one */
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

  /** @return a handler mapping for {@code path} and {@code path/*}, ahead of the application's controllers */
  public SimpleUrlHandlerMapping mapping() {
    Map<String, Object> urls = new HashMap<>();
    urls.put(path, this);
    urls.put(path + "/*", this);
    SimpleUrlHandlerMapping m = new SimpleUrlHandlerMapping(Collections.unmodifiableMap(urls));
    m.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return m;
  }

  @Override
  public void handleRequest(HttpServletRequest request, HttpServletResponse response) {
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      plain(response, 405, "method not allowed");
      return;
    }
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    String rest = uri.length() > path.length() ? uri.substring(path.length()) : "";
    String tenant;
    if (rest.isEmpty() || "/".equals(rest)) {
      tenant = AmparkTenants.DEFAULT_TENANT;
    } else if (rest.startsWith("/") && TENANT.matcher(rest.substring(1)).matches()) {
      tenant = rest.substring(1);
    } else {
      plain(response, 404, "not found");
      return;
    }
    CallbackRequest callback = JakartaServletCallbacks.read(request);
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

  @Override
  public String toString() {
    return "CallbackEndpoint{" + vendor + " at " + path + "}";
  }
}
