package io.github.ampark.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one shape every vendor module keeps (see ARCHITECTURE.md), checked from the module's own
 * test run (working directory = the module):
 *
 * <ul>
 *   <li>the root package holds at most {@value #MAX_ROOT_TYPES} public types, and only the allowed
 *       roles (client, area facades, signer, callbacks, handler, raw, environment, listed plug
 *       points);
 *   <li>no client source file is longer than {@value #MAX_CLIENT_LINES} lines;
 *   <li>every package has a {@code package-info.java};
 *   <li>no public type outside {@code internal} exposes a mutable Jackson tree ({@code JsonNode}).
 * </ul>
 */
public final class VendorShape {
  /** Most public types the root package of a vendor module may hold. */
  public static final int MAX_ROOT_TYPES = 10;
  /** Most lines a vendor client source file may have. */
  public static final int MAX_CLIENT_LINES = 250;

  private VendorShape() {}

  /**
   * @param rootPackage e.g. {@code io.github.ampark.wikeyun}
   * @param allowedRootTypes the simple names allowed in the root package
   */
  public static void assertShape(String rootPackage, String... allowedRootTypes) {
    Path classes = Paths.get("target", "classes");
    List<Class<?>> types = ApiListing.publicTypes(classes);
    List<String> root = types.stream()
        .filter(c -> c.getPackage().getName().equals(rootPackage) && c.getDeclaringClass() == null)
        .map(Class::getSimpleName)
        .sorted()
        .collect(Collectors.toList());
    assertThat(root).as("public types in " + rootPackage).hasSizeLessThanOrEqualTo(MAX_ROOT_TYPES);
    assertThat(root).as("public types in " + rootPackage + " (allowed roles only)").isSubsetOf(allowedRootTypes);

    Path sources = Paths.get("src", "main", "java");
    for (Path dir : packages(sources)) {
      assertThat(dir.resolve("package-info.java")).as("package-info.java in " + sources.relativize(dir)).exists();
    }
    Path rootDir = sources.resolve(rootPackage.replace('.', '/'));
    try (Stream<Path> files = Files.list(rootDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith("Client.java")).collect(Collectors.toList())) {
        assertThat(Files.readAllLines(f).size()).as("lines in " + f.getFileName()).isLessThanOrEqualTo(MAX_CLIENT_LINES);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    List<String> mutable = new ArrayList<>();
    for (Class<?> c : types) {
      if (ApiListing.audience(c.getPackage().getName()).equals("[internal]")) {
        continue;
      }
      for (Method m : c.getMethods()) {
        List<Type> exposed = new ArrayList<>();
        exposed.add(m.getGenericReturnType());
        for (Type p : m.getGenericParameterTypes()) exposed.add(p);
        for (Type t : exposed) {
          if (t.getTypeName().contains("com.fasterxml.jackson.databind.JsonNode")
              || t.getTypeName().contains("com.fasterxml.jackson.databind.node.")) {
            mutable.add(c.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(mutable).as("public API exposing a mutable JsonNode").isEmpty();
  }

  private static Set<Path> packages(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("package-info.java"))
          .map(Path::getParent)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
