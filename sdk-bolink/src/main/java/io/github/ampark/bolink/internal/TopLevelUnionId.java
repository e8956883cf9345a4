package io.github.ampark.bolink.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a Retrofit method: the body carries {@code union_id} at the top level, next to {@code sign}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TopLevelUnionId {}
