package io.github.ampark.core.callback;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The exact answer a vendor expects to a callback: status, content type and body. Vendor modules
 * create them ({@code WikeyunCallbacks.ACK} is the plain text {@code success}); write them back
 * unchanged.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, event -> { ... });
 * response.setStatus(reply.status());
 * response.setContentType(reply.contentType());
 * response.getOutputStream().write(reply.body());
 * }</pre>
 */
public final class CallbackReply {
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final boolean acknowledges;

  private CallbackReply(int status, String contentType, byte[] body) {
    this(status, contentType, body, false);
  }

  private CallbackReply(int status, String contentType, byte[] body, boolean acknowledges) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.acknowledges = acknowledges;
  }

  /**
   * Whether this reply tells the vendor "handled, stop sending". Only such a reply completes a
   * {@link DuplicateGuard} entry; any other reply (a refusal, "busy", an error code — even with
   * HTTP 200) releases it, so the vendor's resend is handled again. Replies are not acknowledgements
   * unless made so with {@link #asAcknowledgement()}: vendor modules mark their success replies.
   *
   * @return whether this reply tells the vendor "handled, stop sending"
   */
  public boolean acknowledges() {
    return acknowledges;
  }

  /**
   * The same reply marked as the vendor's success acknowledgement (see {@link #acknowledges()}).
   *
   * @return the same reply marked as the vendor's success acknowledgement (see {@link
   *     #acknowledges()})
   */
  public CallbackReply asAcknowledgement() {
    return acknowledges ? this : new CallbackReply(status, contentType, body, true);
  }

  /**
   * A reply with any status, content type and exact body bytes; not an acknowledgement unless
   * marked with {@link #asAcknowledgement()}.
   *
   * @param status HTTP status
   * @param contentType content type including charset
   * @param body exact body
   * @return the reply
   */
  public static CallbackReply of(int status, String contentType, byte[] body) {
    io.github.ampark.core.Checks.headerValue("contentType", contentType);
    io.github.ampark.core.Checks.notNull("body", body);
    return new CallbackReply(status(status), contentType, Arrays.copyOf(body, body.length));
  }

  /**
   * HTTP 200, {@code text/plain; charset=UTF-8}.
   *
   * @param body the body, sent as UTF-8
   * @return HTTP 200, {@code text/plain; charset=UTF-8}
   */
  public static CallbackReply text(String body) {
    return text(200, body);
  }

  /**
   * {@code text/plain; charset=UTF-8} with the given status.
   *
   * @param status the HTTP status, e.g. {@code 400}
   * @param body the body, sent as UTF-8
   * @return {@code text/plain; charset=UTF-8} with the given status
   */
  public static CallbackReply text(int status, String body) {
    return new CallbackReply(status(status), "text/plain; charset=UTF-8", io.github.ampark.core.Checks.notNull("body", body).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * HTTP 200, {@code application/json; charset=UTF-8}.
   *
   * @param body the JSON text, sent as UTF-8
   * @return HTTP 200, {@code application/json; charset=UTF-8}
   */
  public static CallbackReply json(String body) {
    return json(200, body);
  }

  /**
   * {@code application/json; charset=UTF-8} with the given status.
   *
   * @param status the HTTP status, e.g. {@code 400}
   * @param body the JSON text, sent as UTF-8
   * @return {@code application/json; charset=UTF-8} with the given status
   */
  public static CallbackReply json(int status, String body) {
    return new CallbackReply(status(status), "application/json; charset=UTF-8", io.github.ampark.core.Checks.notNull("body", body).getBytes(StandardCharsets.UTF_8));
  }

  private static int status(int status) {
    return (int) io.github.ampark.core.Checks.between("status", status, 100, 599);
  }

  /**
   * The HTTP status sent to the vendor, e.g. {@code 200}.
   *
   * @return HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * The {@code Content-Type} sent, including the charset, e.g. {@code application/json;
   * charset=UTF-8}.
   *
   * @return content type including charset
   */
  public String contentType() {
    return contentType;
  }

  /**
   * A copy of the exact body bytes.
   *
   * @return a copy of the exact body bytes
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body as UTF-8 text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Writes this reply to a JDK {@code HttpServer} exchange and closes it.
   *
   * @param exchange the exchange
   * @throws IOException if writing fails
   */
  public void writeTo(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public String toString() {
    return "CallbackReply{" + status + ", " + contentType + ", " + bodyText() + (acknowledges ? ", ack" : "") + "}";
  }
}
