package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@link Idempotency} of a Retrofit method (for module authors). Ampark's retry
 * interceptor reads it (once per method); a method without it is treated as
 * {@link Idempotency#UNSAFE}.
 *
 * <pre>{@code
 * @Idempotent(Idempotency.BY_BUSINESS_KEY)
 * @FormUrlEncoded @POST("rest/Power/pushOrder")
 * AmparkCall<PushOrderResult> pushOrder(@FieldMap Map<String, String> fields);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
  /**
   * The operation's idempotency.
   *
   * @return the operation's idempotency
   */
  Idempotency value();
}
