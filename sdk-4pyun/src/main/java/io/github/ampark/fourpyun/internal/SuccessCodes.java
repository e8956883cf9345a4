package io.github.ampark.fourpyun.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The envelope {@code code} values that mean success for one endpoint (4pyun uses {@code 1001}
 * mostly, {@code 200} for entries and exits, {@code 1000} for accepted charges, {@code 1002} for
 * "no result" queries). Read by {@link FourPyunEnvelope}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SuccessCodes {
  /** The codes. */
  String[] value();
}
