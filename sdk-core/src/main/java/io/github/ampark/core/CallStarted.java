package io.github.ampark.core;

/**
 * A call that starts (see {@link AmparkListener#callStarted}). Immutable. Holds nothing the caller
 * sent: no body, no business key, no secret.
 *
 * <p>Cardinality: {@link #vendor()}, {@link #operation()}, {@link #idempotency()}, {@link
 * #httpMethod()}, {@link #serverAddress()} and {@link #serverPort()} take few values (fit for metric
 * tags); {@link #requestId()} is unique per call (fit for traces and logs only).
 */
public final class CallStarted {
  private final String vendor;
  private final String operation;
  private final Idempotency idempotency;
  private final boolean keyed;
  private final @Nullable String httpMethod;
  private final String serverAddress;
  private final int serverPort;
  private final String requestId;

  /**
   * Created by the pipeline; public for tests of listeners.
   *
   * @param vendor the vendor module's name, e.g. {@code wikeyun}
   * @param operation the operation, e.g. {@code pushOrder}
   * @param idempotency the operation's idempotency class
   * @param keyed whether this is a whole keyed operation rather than one HTTP exchange
   * @param httpMethod the HTTP method of an exchange; {@code null} for a keyed operation
   * @param serverAddress the host called
   * @param serverPort the port called
   * @param requestId the id Ampark gives this call (also in the SLF4J MDC as {@code
   *     ampark.request_id}); not sent to the vendor
   */
  public CallStarted(
      String vendor,
      String operation,
      Idempotency idempotency,
      boolean keyed,
      @Nullable String httpMethod,
      String serverAddress,
      int serverPort,
      String requestId) {
    this.vendor = Checks.notNull("vendor", vendor);
    this.operation = Checks.notNull("operation", operation);
    this.idempotency = Checks.notNull("idempotency", idempotency);
    this.keyed = keyed;
    this.httpMethod = httpMethod;
    this.serverAddress = Checks.notNull("serverAddress", serverAddress);
    this.serverPort = serverPort;
    this.requestId = Checks.notNull("requestId", requestId);
  }

  /**
   * The vendor module's name, e.g. {@code wikeyun}.
   *
   * @return the vendor module's name, e.g. {@code wikeyun}
   */
  public String vendor() {
    return vendor;
  }

  /**
   * The operation, e.g. {@code pushOrder}: the service method's name or the raw request's
   * operation.
   *
   * @return the operation, e.g. {@code pushOrder}: the service method's name or the raw request's
   *     operation
   */
  public String operation() {
    return operation;
  }

  /**
   * The operation's idempotency class (what may be retried).
   *
   * @return the operation's idempotency class (what may be retried)
   */
  public Idempotency idempotency() {
    return idempotency;
  }

  /**
   * Whether this is a whole keyed ({@link Idempotency#BY_BUSINESS_KEY}) operation: its send, its
   * reconciliation queries and any resend are reported as calls of their own while it runs.
   *
   * @return whether this is a whole keyed ({@link Idempotency#BY_BUSINESS_KEY}) operation: its
   *     send, its reconciliation queries and any resend are reported as calls of their own while it
   *     runs
   */
  public boolean keyed() {
    return keyed;
  }

  /**
   * The HTTP method ({@code GET}, {@code POST}, …) of an HTTP exchange; {@code null} for a keyed
   * operation.
   *
   * @return the HTTP method ({@code GET}, {@code POST}, …) of an HTTP exchange; {@code null} for a
   *     keyed operation
   */
  public @Nullable String httpMethod() {
    return httpMethod;
  }

  /**
   * The host called (the base URL's host for a keyed operation).
   *
   * @return the host called (the base URL's host for a keyed operation)
   */
  public String serverAddress() {
    return serverAddress;
  }

  /**
   * The TCP port called, e.g. {@code 443}.
   *
   * @return the port called
   */
  public int serverPort() {
    return serverPort;
  }

  /**
   * The id Ampark gives this call: 16 hex digits, unique per call in practice, also in the SLF4J MDC
   * as {@code ampark.request_id} while the call runs (when MDC is on). It is not sent to the vendor;
   * the vendor's own id, when its answer carries one, is {@link CallFinished#vendorRequestId()}.
   *
   * @return the id Ampark gives this call: 16 hex digits, unique per call in practice, also in the
   *     SLF4J MDC as {@code ampark.request_id} while the call runs (when MDC is on)
   */
  public String requestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return "CallStarted{" + vendor + " " + operation + " " + idempotency + (keyed ? " keyed" : " " + httpMethod)
        + " " + serverAddress + ":" + serverPort + " " + requestId + "}";
  }
}
