package io.github.ampark.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.testing.AbsentValues;
import io.github.ampark.core.testing.ApiListing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The line drawn around the core: user API apart from the module-author SPI, no package cycles. */
class CorePackagesTest {
  private static final String ROOT = "io.github.ampark.core";
  private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.ampark\\.core((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
  private static final Path SOURCES = Paths.get("src", "main", "java");

  @Test
  void userApiPackagesNeverDependOnTheSpi() throws IOException {
    Map<String, Set<String>> graph = packageGraph();
    List<String> reverse = new ArrayList<>();
    graph.forEach((from, tos) -> {
      if (!ApiListing.audience(from).equals("[spi]")) {
        for (String to : tos) {
          if (ApiListing.audience(to).equals("[spi]")) {
            reverse.add(from + " -> " + to);
          }
        }
      }
    });
    assertThat(reverse).as("user API packages that depend on core.spi").isEmpty();
  }

  @Test
  void corePackagesHaveNoCycle() throws IOException {
    Map<String, Set<String>> graph = packageGraph();
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      for (String to : graph.get(start)) {
        if (reaches(graph, to, start, new TreeSet<>())) {
          cycles.add(start + " <-> " + to);
        }
      }
    }
    assertThat(cycles).isEmpty();
  }

  @Test
  void everyCorePackageHasAPackageInfo() throws IOException {
    for (String pkg : packageGraph().keySet()) {
      assertThat(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java")).as(pkg).exists();
    }
  }

  @Test
  void publicApiMatchesTheCommittedListing() {
    ApiListing.assertMatchesCommitted("sdk-core");
  }

  @Test
  void publicApiFollowsTheAbsentValueConvention() {
    // spi packages are exempt: their @Nullable lookups avoid an Optional per field per call (see AbsentValues).
    AbsentValues.assertConvention();
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : graph.getOrDefault(from, new TreeSet<>())) {
      if (reaches(graph, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Package → the other core packages its sources name (imports and qualified names). */
  private static Map<String, Set<String>> packageGraph() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path f : files) {
      String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
      Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        String to = ROOT + m.group(1);
        if (!to.equals(pkg)) {
          deps.add(to);
        }
      }
    }
    return graph;
  }
}
