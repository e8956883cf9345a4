package io.github.ampark.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles with {@code javac --release 8} against the
 * published modules (plus testkit, servlet APIs and, for Spring examples, spring-web/context).
 */
class DocSnippetsCompileTest {

  /**
   * Markdown files whose snippets are not compiled here, and why. Keep this list short and explained.
   */
  static final Map<String, String> EXCLUDED = Map.of(
      "docs/spring-boot.md", "sdk-spring-boot-starter's guide: its snippets need the starter and Spring Boot, "
          + "and are compiled by that module's own tests");

  static final Path ROOT = Paths.get(System.getProperty("snippets.root", "..")).toAbsolutePath().normalize();

  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files.stream()
        .filter(p -> !EXCLUDED.containsKey(ROOT.relativize(p).toString().replace('\\', '/')))
        .collect(Collectors.toList());
  }

  static String testClasspath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isEmpty() ? cp : System.getProperty("java.class.path");
  }

  @Test
  void everyJavaSnippetInTheReadmeAndDocsCompilesOnJava8(@TempDir Path out) throws IOException {
    List<DocSnippets.Unit> units = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>();   // file -> {compiled, skipped}
    for (Path md : markdownFiles()) {
      String name = ROOT.relativize(md).toString().replace('\\', '/');
      int[] c = counts.computeIfAbsent(name, k -> new int[2]);
      for (DocSnippets.Snippet s : DocSnippets.extract(name, DocSnippets.read(md))) {
        if (s.kind() == DocSnippets.Kind.SKIP) {
          c[1]++;
          System.out.println("skipped " + s.where() + ": " + s.skipReason());
          continue;
        }
        c[0]++;
        units.add(DocSnippets.wrap(s, units.size()));
      }
    }
    counts.forEach((f, c) -> System.out.println(f + ": " + c[0] + " compiled, " + c[1] + " skipped"));

    List<DocSnippets.Failure> failures = DocSnippets.compile(units, testClasspath(), out);

    assertThat(units).as("snippets found").hasSizeGreaterThan(20);
    assertThat(failures)
        .as("documentation snippets that do not compile with javac --release 8 (file:line: message)")
        .isEmpty();
  }

  @Test
  void theExcludedFilesAreNamedWithAReason() {
    EXCLUDED.forEach((file, why) -> assertThat(why).as(file).isNotBlank());
    assertThat(Set.copyOf(EXCLUDED.keySet())).allMatch(f -> f.endsWith(".md"));
  }
}
