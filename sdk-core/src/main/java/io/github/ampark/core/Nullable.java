package io.github.ampark.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may be {@code null}: an optional request field, or a response field a vendor
 * may leave out. Everything not marked is never {@code null}.
 *
 * <p>One convention for absent values holds across the public API: a zero-argument accessor that
 * may have no value is marked with this annotation and returns {@code null} (never an {@code
 * Optional}); a method that takes an argument and may find nothing (a lookup such as {@code
 * order(id)}) returns {@code Optional} and is never marked with this annotation.
 *
 * <p>Kept at run time so that tools and tests can read it by reflection (as Spring, JSpecify and
 * JSR 305 do with their own {@code Nullable}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}
