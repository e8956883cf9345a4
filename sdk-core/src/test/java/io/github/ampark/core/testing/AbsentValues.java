package io.github.ampark.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Nullable;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one convention for absent values across the public API (issue 14), checked from a module's
 * own test run (working directory = the module, like {@link ApiListing} and {@link VendorShape}):
 *
 * <ul>
 *   <li>a public <b>zero-argument</b> method (an accessor) never returns {@code Optional} (nor
 *       {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}): it is annotated
 *       {@link Nullable} and returns {@code null} when there is no value;
 *   <li>a public method <b>with parameters</b> (a lookup such as {@code order(id)}) is never
 *       annotated {@link Nullable}: when it may find nothing it returns {@code Optional}.
 * </ul>
 *
 * <p>Every public type in a user package ({@code [user]}) is checked, including the methods it inherits from hidden or {@code internal}
 * supertypes (such as an Immutables builder's). A method declared by another published type is
 * reported under that type. A static conversion or pass-through of a {@code @Nullable} argument
 * (an open enum's {@code fromCode(code)}, {@code Checks.clip(text, n)}) is not a lookup and passes.
 *
 * <p>{@code internal} packages and {@code spi} packages ({@code io.github.ampark.core.spi} and any
 * {@code *.spi}) are exempt. The SPI is module-author API on the per-call path: its lookups ({@code
 * AmparkJson.text(node, name)}, {@code OutgoingRequest.header(name)}, {@code annotation(type)},
 * {@code tag(type)}, {@code ResponseContext.annotation(type)}) answer a {@code @Nullable} value so
 * that reading a field costs no {@code Optional} allocation per field per call.
 *
 * <p>{@link Nullable} is kept at run time, so reflection sees it. Classes compiled while it had
 * {@code CLASS} retention carry it invisibly: build them again ({@code mvn clean}) before trusting
 * a pass.
 */
public final class AbsentValues {
  private static final List<Class<?>> OPTIONALS =
      java.util.Arrays.asList(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private AbsentValues() {}

  /**
   * Fails, listing every offending method, when the module's compiled public API ({@code
   * target/classes}) breaks the convention.
   *
   * @param pending methods known to break it and waiting to be converted, each exactly as a
   *     violation names it ({@code Type.method(parameter types)}); the check also fails when one of
   *     them no longer breaks it, so that the list only shrinks
   */
  public static void assertConvention(String... pending) {
    assertConvention(Paths.get("target", "classes"), pending);
  }

  /**
   * Fails, listing every offending method, when the public API compiled into {@code classes}
   * breaks the convention.
   *
   * @param classes a directory of compiled classes
   * @param pending methods known to break it, as in {@link #assertConvention(String...)}
   */
  public static void assertConvention(Path classes, String... pending) {
    List<String> found = violations(ApiListing.publicTypes(classes));
    List<String> known = java.util.Arrays.asList(pending);
    List<String> fresh = found.stream().filter(v -> !known.contains(method(v))).collect(Collectors.toList());
    List<String> fixed = known.stream().filter(k -> found.stream().noneMatch(v -> method(v).equals(k)))
        .collect(Collectors.toList());
    assertThat(fresh)
        .as("public methods that break the absent-value convention (zero-argument accessors return a @Nullable"
            + " value, never Optional; methods with parameters that may find nothing return Optional, never"
            + " @Nullable)")
        .isEmpty();
    assertThat(fixed).as("methods listed as pending that no longer break the convention: remove them from the list")
        .isEmpty();
  }

  /** The {@code Type.method(parameter types)} a violation line starts with. */
  private static String method(String violation) {
    return violation.substring(0, violation.indexOf(')') + 1);
  }

  /**
   * The methods of {@code types} that break the convention, one line each, sorted.
   *
   * <p>A method whose result is {@code null} only for a {@code null} argument converts a value
   * rather than looking one up, and is not reported: its first parameter is {@link Nullable} and it
   * either returns that parameter's type ({@code Checks.clip(String, int)}, {@code
   * Redactor.redactText(String)}) or is a static factory ({@code PlateType.fromCode(String)}).
   *
   * @param types public types (those in {@code internal} and {@code spi} packages are skipped)
   * @return e.g. {@code BatchReport.exclusiveFirstBatch() returns java.util.Optional<java.lang.String>;
   *     an accessor returns a @Nullable value instead}
   */
  public static List<String> violations(Collection<Class<?>> types) {
    TreeSet<String> out = new TreeSet<>();
    for (Class<?> c : types) {
      if (c.getPackage() != null && !ApiListing.audience(c.getPackage().getName()).equals("[user]")) {
        continue; // internal, or spi: module-author lookups on the per-call path answer null, no Optional per field
      }
      Method[] methods = c.getMethods();
      for (Method m : methods) {
        if (m.getDeclaringClass() == Object.class || m.isSynthetic() && !m.isBridge()) {
          continue;
        }
        if (m.isBridge() && Stream.of(methods).anyMatch(o -> !o.isBridge() && o.getName().equals(m.getName())
            && o.getParameterCount() == m.getParameterCount())) {
          continue; // a covariant bridge; a visibility bridge (public method of a hidden supertype) is checked
        }
        Class<?> declaring = m.getDeclaringClass();
        if (declaring != c && isPublic(declaring)
            && !ApiListing.audience(declaring.getPackage().getName()).equals("[internal]")) {
          continue; // reported under the published type that declares it
        }
        String where = c.getName().substring(c.getPackage().getName().length() + 1).replace('$', '.') + "."
            + m.getName() + "(" + Stream.of(m.getGenericParameterTypes()).map(Type::getTypeName)
                .collect(Collectors.joining(", ")) + ")";
        if (m.getParameterCount() == 0 && OPTIONALS.contains(m.getReturnType())) {
          out.add(where + " returns " + m.getGenericReturnType().getTypeName()
              + "; an accessor returns a @Nullable value instead");
        }
        if (m.getParameterCount() > 0 && m.isAnnotationPresent(Nullable.class) && !passesNullThrough(m)) {
          out.add(where + " is @Nullable; a method with parameters that may find nothing returns Optional instead");
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean passesNullThrough(Method m) {
    return (m.getParameterTypes()[0] == m.getReturnType() || java.lang.reflect.Modifier.isStatic(m.getModifiers()))
        && Stream.of(m.getParameterAnnotations()[0]).anyMatch(a -> a.annotationType() == Nullable.class);
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
      if (!java.lang.reflect.Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
