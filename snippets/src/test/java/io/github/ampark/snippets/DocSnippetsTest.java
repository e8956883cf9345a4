package io.github.ampark.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor and wrapper: what a snippet author relies on. */
class DocSnippetsTest {

  private static List<DocSnippets.Failure> compile(Path out, String... markdown) {
    List<DocSnippets.Snippet> snippets = DocSnippets.extract("doc.md", List.of(markdown));
    List<DocSnippets.Unit> units = new java.util.ArrayList<>();
    for (DocSnippets.Snippet s : snippets) {
      if (s.kind() != DocSnippets.Kind.SKIP) {
        units.add(DocSnippets.wrap(s, units.size()));
      }
    }
    return DocSnippets.compile(units, DocSnippetsCompileTest.testClasspath(), out);
  }

  @Test
  void aStatementSnippetWithItsImportsCompiles(@TempDir Path out) {
    assertThat(compile(out,
        "text", "```java",
        "import java.time.Duration;",
        "Duration d = Duration.ofSeconds(1);",
        "```")).isEmpty();
  }

  @Test
  void aJava9ApiFailsWithTheMarkdownFileAndLine(@TempDir Path out) {
    List<DocSnippets.Failure> failures = compile(out,
        "# title", "", "```java",
        "import java.util.List;",
        "List<String> l = List.of(\"a\");",
        "```");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).file()).isEqualTo("doc.md");
    assertThat(failures.get(0).line()).isEqualTo(5);
    assertThat(failures.get(0).message()).contains("cannot find symbol").contains("List.of");
  }

  @Test
  void orElseThrowWithoutArgumentsIsNotJava8(@TempDir Path out) {
    assertThat(compile(out,
        "```java",
        "import java.util.Optional;",
        "String s = Optional.of(\"a\").orElseThrow();",
        "```")).extracting(DocSnippets.Failure::line).containsExactly(3L);
  }

  @Test
  void aTypeUsedWithoutAVisibleImportFails(@TempDir Path out) {
    assertThat(compile(out,
        "```java",
        "Duration d = Duration.ofSeconds(1);",
        "```")).isNotEmpty();
  }

  @Test
  void theHiddenContextDeclaresWhatTheSnippetAssumesAndItsLinesAreReported(@TempDir Path out) {
    assertThat(compile(out,
        "<!-- snippet",
        "java.time.Duration timeout;",
        "abstract void use(java.time.Duration d);",
        "-->",
        "```java",
        "use(timeout.plusSeconds(1));",
        "```")).isEmpty();
    assertThat(compile(out,
        "<!-- snippet",
        "java.time.Duration timeout",
        "-->",
        "```java",
        "timeout.toString();",
        "```")).extracting(DocSnippets.Failure::line).contains(2L);
  }

  @Test
  void membersAndUnitsAreCompiledAsTheyAre(@TempDir Path out) {
    assertThat(compile(out,
        "<!-- snippet: members -->",
        "```java",
        "String name() { return \"x\"; }",
        "```",
        "<!-- snippet: unit -->",
        "```java",
        "import java.util.function.Supplier;",
        "public final class Named implements Supplier<String> {",
        "  public String get() { return \"x\"; }",
        "}",
        "```")).isEmpty();
  }

  @Test
  void aSkippedSnippetIsNotCompiledButMustSayWhy(@TempDir Path out) {
    assertThat(compile(out,
        "<!-- snippet: skip pseudo-code: shows the shape only -->",
        "```java",
        "this is not java",
        "```")).isEmpty();
    assertThatThrownBy(() -> DocSnippets.extract("doc.md", List.of("<!-- snippet: skip -->", "```java", "x", "```")))
        .hasMessageContaining("doc.md:1");
  }
}
