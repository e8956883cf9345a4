package io.github.ampark.core.callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adapts jakarta.servlet (Servlet 5+: Spring Boot 3, Tomcat 10+) requests and responses to {@link CallbackRequest} and {@link CallbackReply}. The
 * servlet API is not a dependency of Ampark: this class works when your application has it.
 *
 * <pre>{@code
 * @PostMapping("/callbacks/wikeyun")
 * void wikeyun(HttpServletRequest request, HttpServletResponse response) {
 *   CallbackReply reply = wikeyunCallbacks.handle(JakartaServletCallbacks.read(request), event -> orders.apply(event));
 *   JakartaServletCallbacks.write(reply, response);
 * }
 * }</pre>
 *
 * <p>Read the request before anything calls {@code getParameter}: that would consume a form body.
 */
public final class JakartaServletCallbacks {
  private JakartaServletCallbacks() {}

  /**
   * The callback request with the raw body bytes.
   *
   * @param request the servlet request; its body stream is consumed
   * @return the callback request with the raw body bytes
   * @throws UncheckedIOException if the body cannot be read
   */
  public static CallbackRequest read(HttpServletRequest request) {
    CallbackRequest.Builder b =
        CallbackRequest.builder().method(request.getMethod()).rawQuery(request.getQueryString())
            .path(request.getRequestURI()).remoteAddress(request.getRemoteAddr());
    Enumeration<String> names = request.getHeaderNames();
    while (names != null && names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = request.getHeaders(name);
      while (values.hasMoreElements()) {
        b.header(name, values.nextElement());
      }
    }
    try (InputStream in = request.getInputStream()) {
      return b.body(CallbackRequest.readAll(in)).build();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read callback body", e);
    }
  }

  /**
   * Writes the reply exactly: status, content type and body.
   *
   * @param reply the vendor's expected answer
   * @param response the servlet response
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CallbackReply reply, HttpServletResponse response) {
    response.setStatus(reply.status());
    response.setContentType(reply.contentType());
    byte[] body = reply.body();
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write callback reply", e);
    }
  }
}
