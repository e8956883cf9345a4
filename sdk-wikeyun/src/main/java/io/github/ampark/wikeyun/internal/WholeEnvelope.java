package io.github.ampark.wikeyun.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link PowerService} method: after the success check, hand the whole envelope ({@code code,
 * msg, time, data}) to the caller instead of {@code data} alone, for operations whose answer is
 * their message (not API).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WholeEnvelope {}
