package io.github.ampark.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Ampark model type (for module authors). Implementations stay
 * package-private; users see the abstract type, its nested {@code Builder} and {@code toBuilder()}.
 * A missing or {@code null} required field fails {@code build()} with a {@link
 * RequiredFieldException} naming it; {@code @Value.Redacted} fields print as {@code ****}.
 *
 * <pre>{@code
 * @Value.Immutable
 * @AmparkStyle
 * public abstract class CardInfoRequest {
 *   public abstract long cardId();
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableCardInfoRequest.Builder {}
 * }
 * }</pre>
 *
 * <p>{@code allowedClasspathAnnotations} keeps Immutables' own {@code @Generated} (and {@code
 * javax.annotation.Generated}) off the generated classes: those annotation types are not on a user's
 * classpath, and a user compiling with {@code -Xlint:all -Werror} would fail on the warning javac
 * gives for them just by using a builder ({@code compat/plain-java8} compiles exactly that).
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    throwForInvalidImmutableState = RequiredFieldException.class,
    throwForNullPointer = RequiredFieldException.class,
    redactedMask = "****",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface AmparkStyle {}
