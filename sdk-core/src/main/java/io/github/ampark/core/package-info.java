/**
 * Ampark's user API shared by every vendor module: the exception tree ({@link
 * io.github.ampark.core.AmparkException} and its subclasses, including {@link
 * io.github.ampark.core.OutcomeUnknownException}), client settings ({@link
 * io.github.ampark.core.ClientConfig}, {@link io.github.ampark.core.RetryPolicy}, {@link
 * io.github.ampark.core.LogLevel}), {@link io.github.ampark.core.Secret}, idempotency classes and
 * {@link io.github.ampark.core.IfAbsent}, open enums ({@link io.github.ampark.core.CodedEnum}) and
 * argument {@link io.github.ampark.core.Checks}, and the observation hook ({@link
 * io.github.ampark.core.AmparkListener}: call started/finished, callback handled).
 *
 * <pre>{@code
 * try {
 *   client.power().pushOrder(request);
 * } catch (ValidationException e) {          // bad input, nothing was sent; e.field() names it
 * } catch (ApiException e) {                 // the vendor said no: e.vendorCode(), e.requestId()
 * } catch (OutcomeUnknownException e) {      // may have taken effect: check e.businessKey() later
 * } catch (TransportException e) {           // no answer; e.mayHaveReachedVendor() says if it left
 * }
 * }</pre>
 */
package io.github.ampark.core;
