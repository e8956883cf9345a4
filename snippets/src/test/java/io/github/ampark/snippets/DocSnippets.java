package io.github.ampark.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Extracts the {@code ```java} blocks of the project's Markdown files and compiles them with
 * {@code javac --release 8}.
 *
 * <p>The convention (also in docs/README of this module, {@code snippets/README.md}):
 * <ul>
 *   <li>A snippet shows its own imports: leading {@code import} lines of the block are its imports, and
 *       nothing else is imported for it.</li>
 *   <li>By default a snippet is a sequence of statements; it is compiled as the body of
 *       {@code void snippet() throws Exception} in an abstract class. Local classes are allowed.</li>
 *   <li>An optional hidden HTML comment right before the fence, {@code <!-- snippet[: kind] ... -->}, names
 *       the kind ({@code statements}, default; {@code members}: methods/fields of a class;
 *       {@code unit}: a whole compilation unit; {@code skip <reason>}: not compiled) and, on the following
 *       lines, the context the snippet assumes (fields, abstract methods, nested types of the wrapper class),
 *       written with fully qualified type names so the snippet's visible imports stay complete.</li>
 * </ul>
 */
final class DocSnippets {

  private static final Pattern HEADER =
      Pattern.compile("^<!--\\s*snippet(?:\\s*:\\s*(statements|members|unit|skip)\\b(.*))?$");
  private static final Pattern TYPE_NAME =
      Pattern.compile("\\b(?:class|interface|enum)\\s+([A-Za-z_][A-Za-z0-9_]*)");

  enum Kind { STATEMENTS, MEMBERS, UNIT, SKIP }

  /** One {@code ```java} block. */
  record Snippet(String file, int firstLine, Kind kind, String skipReason, List<String> lines,
                 List<String> context, int contextFirstLine) {
    String where() {
      return file + ":" + firstLine;
    }
  }

  /** One compiler error, located in the Markdown file. */
  record Failure(String file, long line, String message) {
    @Override public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  private DocSnippets() {}

  /** Every {@code ```java} block of {@code markdown}, named {@code name} in messages. */
  static List<Snippet> extract(String name, List<String> markdown) {
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      String fence = markdown.get(i).trim();
      if (!fence.startsWith("```java")) {
        continue;
      }
      List<String> body = new ArrayList<>();
      int j = i + 1;
      while (j < markdown.size() && !markdown.get(j).trim().startsWith("```")) {
        body.add(markdown.get(j));
        j++;
      }
      if (j == markdown.size()) {
        throw new IllegalStateException(name + ":" + (i + 1) + ": unterminated ```java block");
      }
      // the hidden header, if any: the comment ending on the line before the fence
      Kind kind = Kind.STATEMENTS;
      String reason = null;
      List<String> context = new ArrayList<>();
      int contextFirst = 0;
      if (i > 0 && markdown.get(i - 1).trim().endsWith("-->")) {
        int start = i - 1;
        while (start >= 0 && !markdown.get(start).trim().startsWith("<!--")) {
          start--;
        }
        Matcher m = start >= 0 ? HEADER.matcher(markdown.get(start).trim()) : null;
        boolean oneLine = start == i - 1;
        String firstLine = start >= 0 ? markdown.get(start).trim() : "";
        if (oneLine) {
          firstLine = firstLine.substring(0, firstLine.length() - 3).trim();
          m = HEADER.matcher(firstLine);
        }
        if (m != null && m.matches()) {
          if (m.group(1) != null) {
            kind = Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            reason = m.group(2).trim();
          }
          if (kind == Kind.SKIP && reason.isEmpty()) {
            throw new IllegalStateException(name + ":" + (start + 1) + ": a skipped snippet says why");
          }
          contextFirst = start + 2;
          for (int k = start + 1; k < i - 1; k++) {
            context.add(markdown.get(k));
          }
        }
      }
      out.add(new Snippet(name, i + 2, kind, reason, body, context, contextFirst));
      i = j;
    }
    return out;
  }

  /** A generated source file and, per line, the Markdown line it came from (0: generated). */
  record Unit(Snippet snippet, String className, String source, int[] origin) {}

  static Unit wrap(Snippet s, int index) {
    String pkg = "snippets.s" + index;
    List<String> gen = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    gen.add("package " + pkg + ";");
    origin.add(0);
    int bodyStart = 0;
    if (s.kind() == Kind.UNIT) {
      for (int k = 0; k < s.lines().size(); k++) {
        gen.add(s.lines().get(k));
        origin.add(s.firstLine() + k);
      }
      Matcher m = TYPE_NAME.matcher(String.join("\n", s.lines()));
      String type = m.find() ? m.group(1) : "Snippet";
      return new Unit(s, pkg + "." + type, String.join("\n", gen) + "\n", toArray(origin));
    }
    // leading imports (and blank lines or comments between them) stay at the top
    while (bodyStart < s.lines().size()) {
      String t = s.lines().get(bodyStart).trim();
      if (t.startsWith("import ") || t.isEmpty() || t.startsWith("//")) {
        gen.add(s.lines().get(bodyStart));
        origin.add(s.firstLine() + bodyStart);
        bodyStart++;
      } else {
        break;
      }
    }
    gen.add("@SuppressWarnings(\"all\") abstract class Snippet {");
    origin.add(0);
    for (int k = 0; k < s.context().size(); k++) {
      gen.add(s.context().get(k));
      origin.add(s.contextFirstLine() + k);
    }
    if (s.kind() == Kind.STATEMENTS) {
      gen.add("void snippet() throws Exception {");
      origin.add(0);
    }
    for (int k = bodyStart; k < s.lines().size(); k++) {
      gen.add(s.lines().get(k));
      origin.add(s.firstLine() + k);
    }
    gen.add(s.kind() == Kind.STATEMENTS ? "}}" : "}");
    origin.add(0);
    return new Unit(s, pkg + ".Snippet", String.join("\n", gen) + "\n", toArray(origin));
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  /** Compiles {@code units} with {@code javac --release 8 -proc:none}; returns every error, located in its Markdown file. */
  static List<Failure> compile(List<Unit> units, String classpath, Path outputDir) {
    if (units.isEmpty()) {
      return List.of();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Source> sources = new ArrayList<>();
    for (Unit u : units) {
      sources.add(new Source(u));
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(outputDir);
      List<String> options = List.of("--release", "8", "-proc:none", "-encoding", "UTF-8", "-nowarn",
          "-Xmaxerrs", "10000", "-classpath", classpath, "-d", outputDir.toString());
      javac.getTask(null, files, diagnostics, options, null, sources).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Failure> failures = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      if (!(d.getSource() instanceof Source src)) {
        failures.add(new Failure("(javac)", 0, d.getMessage(Locale.ROOT)));
        continue;
      }
      long genLine = d.getLineNumber();
      int[] origin = src.unit.origin();
      long mdLine = genLine >= 1 && genLine <= origin.length && origin[(int) genLine - 1] > 0
          ? origin[(int) genLine - 1] : src.unit.snippet().firstLine();
      String line = genLine >= 1 ? src.unit.source().split("\n", -1)[(int) genLine - 1].trim() : "";
      failures.add(new Failure(src.unit.snippet().file(), mdLine,
          d.getMessage(Locale.ROOT).replace('\n', ' ') + "\n    | " + line));
    }
    return failures;
  }

  private static final class Source extends SimpleJavaFileObject {
    final Unit unit;

    Source(Unit unit) {
      super(URI.create("string:///" + unit.className().replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.unit = unit;
    }

    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return unit.source();
    }
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean excluded(String relative, Set<String> exclusions) {
    return exclusions.contains(relative);
  }
}
