package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import java.util.Map;

/**
 * A verified call from P云's HTTP gateway ({@code service.parking.*}). Each documented service has
 * its own type ({@link PaymentResultEvent}, {@link PaymentBillingEvent}, …); others arrive as
 * {@link OtherGatewayEvent}. {@link #fields()} always holds every field P云 sent (except
 * {@code sign}) as text, so nothing is lost when 4pyun adds fields.
 *
 * <pre>{@code
 * GatewayEvent e = callbacks.parse(request);
 * if (e instanceof PaymentResultEvent) { ... }
 * }</pre>
 */
public interface GatewayEvent {
  /**
   * The service name, e.g. {@code service.parking.payment.result}.
   *
   * @return the service name, e.g. {@code service.parking.payment.result}
   */
  String service();

  /**
   * Protocol version, e.g. {@code 1.0}.
   *
   * @return protocol version, e.g. {@code 1.0}
   */
  @Nullable
  String version();

  /**
   * Declared charset, e.g. {@code UTF-8}.
   *
   * @return declared charset, e.g. {@code UTF-8}
   */
  @Nullable
  String charset();

  /**
   * The park the call is for ({@code park_uuid}).
   *
   * @return the park UUID
   */
  @Nullable
  String parkUuid();

  /**
   * Every field as received, sorted by name, {@code sign} removed.
   *
   * @return every field as received, sorted by name, {@code sign} removed
   */
  Map<String, String> fields();
}
