package io.github.ampark.fourpyun.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose success answer carries a {@code hint} when P云 actually ignored the
 * request (a bad signature on {@code enter}, {@code leave} and {@code release} comes back as code
 * {@code 200}, message "已忽略当前请求" and the string-to-sign in {@code hint}). Read by {@link
 * FourPyunEnvelope}, which then throws {@link io.github.ampark.fourpyun.RequestIgnoredException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IgnoredOnHint {}
