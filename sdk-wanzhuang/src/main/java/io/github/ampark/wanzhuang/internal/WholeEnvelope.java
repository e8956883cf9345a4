package io.github.ampark.wanzhuang.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a service method whose call returns the whole envelope rather than its {@code data} (not API). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WholeEnvelope {}
