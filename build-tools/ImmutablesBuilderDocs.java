import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gives every builder setter that Immutables generates the Javadoc of the attribute it sets.
 *
 * <p>Immutables documents {@code builder().amountYuan(100)} only as "Initializes the value for the
 * amountYuan attribute". What a user needs there (meaning, unit, default, constraints, wire name) is
 * in the Javadoc of the abstract accessor {@code amountYuan()}. This tool, run by the build (the
 * {@code published-module} profile of the root pom, phase {@code process-classes}, after the
 * annotation processor has written the sources), rewrites the generated sources so that each setter,
 * adder and putter of a builder starts with the accessor's description, followed by Immutables' own
 * sentence. Javadoc and the sources jar are built from those generated sources, so the IDE shows the
 * same text. Bytecode is unaffected (only comments change).
 *
 * <p>Links in the copied text are made to resolve from the generated class: {@code {@link #x()}}
 * becomes {@code {@link Owner#x()}}, a name the owner imports becomes its fully qualified name, and a
 * type nested in the owner becomes {@code Owner.Nested}. Block tags of the accessor ({@code @return},
 * {@code @see} …) are not copied. Running it twice changes nothing.
 *
 * <p>Usage: {@code java ImmutablesBuilderDocs.java <generated-sources-dir> <source-dir>...}; a missing
 * generated-sources directory is not an error (a module without Immutables types).
 */
public final class ImmutablesBuilderDocs {
  private static final Pattern COMMENT = Pattern.compile("(?s)([ \\t]*)/\\*\\*(.*?)\\*/");
  private static final Pattern LINK_TO_ATTRIBUTE =
      Pattern.compile("\\{@link ([\\w.]+)#(\\w+)\\(\\) \\w+\\}");
  private static final Pattern FIRST_SENTENCES =
      Pattern.compile("^(Initializes |Put |Adds |Sets or replaces ).*");
  private static final Pattern BLOCK_TAG =
      Pattern.compile("^@(param|return|throws|exception|see|since|deprecated|author|serial|apiNote|implNote|implSpec)\\b.*");
  private static final Pattern INLINE_LINK = Pattern.compile("\\{@(link|linkplain|value)(\\s+)([^}\\s]+)");
  private static final Pattern LEADING_STAR = Pattern.compile("^\\s*\\* ?");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)\\.(\\w+)\\s*;");
  private static final Pattern NESTED_TYPE =
      Pattern.compile("\\b(?:class|interface|enum|@interface)\\s+(\\w+)");

  private final List<Path> sourceDirs;
  private final Map<String, Source> sources = new HashMap<>();

  private ImmutablesBuilderDocs(List<Path> sourceDirs) {
    this.sourceDirs = sourceDirs;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java ImmutablesBuilderDocs.java <generated-sources-dir> <source-dir>...");
      System.exit(2);
    }
    Path generated = Paths.get(args[0]);
    if (!Files.isDirectory(generated)) {
      return;
    }
    List<Path> sourceDirs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sourceDirs.add(Paths.get(args[i]));
    }
    ImmutablesBuilderDocs tool = new ImmutablesBuilderDocs(sourceDirs);
    int changed = 0;
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("Immutable")
          && f.toString().endsWith(".java")).collect(Collectors.toList())) {
        changed += tool.rewrite(generated, file);
      }
    }
    if (Boolean.getBoolean("verbose")) {
      System.out.println("[ImmutablesBuilderDocs] copied accessor Javadoc onto " + changed + " builder methods");
    }
  }

  /** Rewrites one generated file; returns how many comments changed. */
  private int rewrite(Path root, Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Path relative = root.relativize(file.getParent());
    String pkg = relative.toString().replace(file.getFileSystem().getSeparator(), ".");
    int builderStart = text.indexOf("class Builder");
    if (builderStart < 0) {
      return 0;
    }
    StringBuilder out = new StringBuilder(text.length() + 4096);
    Matcher m = COMMENT.matcher(text);
    int last = 0;
    int changed = 0;
    while (m.find()) {
      if (m.start() < builderStart) {
        continue;
      }
      String replacement = rewriteComment(pkg, m.group(1), m.group(2));
      if (replacement != null) {
        out.append(text, last, m.start()).append(replacement);
        last = m.end();
        changed++;
      }
    }
    if (changed == 0) {
      return 0;
    }
    out.append(text, last, text.length());
    Files.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    return changed;
  }

  private String rewriteComment(String pkg, String indent, String body) {
    List<String> lines = contentLines(body);
    if (lines.isEmpty() || !FIRST_SENTENCES.matcher(lines.get(0)).matches()) {
      return null;
    }
    Matcher link = LINK_TO_ATTRIBUTE.matcher(lines.get(0));
    if (!link.find()) {
      return null;
    }
    String owner = link.group(1);
    String attribute = link.group(2);
    List<String> doc = accessorDoc(pkg, owner, attribute);
    if (doc.isEmpty()) {
      return null;
    }
    StringBuilder c = new StringBuilder();
    c.append(indent).append("/**\n");
    for (String line : doc) {
      c.append(indent).append(" *").append(line.isEmpty() ? "" : " " + line).append('\n');
    }
    boolean paragraph = true;
    for (String line : lines) {
      if (paragraph && !BLOCK_TAG.matcher(line).matches()) {
        c.append(indent).append(" * <p>").append(line).append('\n');
        paragraph = false;
      } else {
        c.append(indent).append(" * ").append(line).append('\n');
      }
    }
    c.append(indent).append(" */");
    return c.toString();
  }

  /** The accessor's main description, with links made to resolve from another class of the package. */
  private List<String> accessorDoc(String pkg, String owner, String attribute) {
    return accessorDoc(pkg, pkg, owner, attribute, 0);
  }

  /**
   * Looks for the documented accessor in {@code owner} (a type of package {@code pkg}, possibly nested),
   * then in its supertypes (an attribute may be declared by an interface the value type implements).
   * {@code fromPkg} is the package of the generated class the text is copied into.
   */
  private List<String> accessorDoc(String fromPkg, String pkg, String owner, String attribute, int depth) {
    String outer = owner.contains(".") ? owner.substring(0, owner.indexOf('.')) : owner;
    Source source = source(pkg, outer);
    if (source == null || depth > 5) {
      return new ArrayList<>();
    }
    String text = source.text;
    int from = 0;
    String simple = owner.substring(owner.lastIndexOf('.') + 1);
    for (String nested : owner.split("\\.")) {
      Matcher type = Pattern.compile("\\b(?:class|interface)\\s+" + Pattern.quote(nested) + "\\b").matcher(text);
      if (type.find(from)) {
        from = type.end();
      }
    }
    Pattern accessor = Pattern.compile(
        "(?s)/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
            + "(?:(?:public|protected|abstract|final|static|synchronized|default)\\s+)*"
            + "[\\w.<>\\[\\], ?@]+\\s+" + Pattern.quote(attribute) + "\\s*\\(\\s*\\)");
    Matcher m = accessor.matcher(text);
    if (!m.find(from)) {
      Matcher header = Pattern.compile("\\b(?:class|interface)\\s+" + Pattern.quote(simple) + "\\b([^{]*)\\{").matcher(text);
      if (!header.find()) {
        return new ArrayList<>();
      }
      String clause = header.group(1).replaceAll("<[^<>]*>", "").replaceAll("<[^<>]*>", "");
      Matcher supers = Pattern.compile("\\b(?:extends|implements)\\s+([\\w.,\\s]+?)(?=\\bimplements\\b|$)").matcher(clause);
      while (supers.find()) {
        for (String name : supers.group(1).split(",")) {
          name = name.trim();
          if (name.isEmpty()) {
            continue;
          }
          String fqn = source.imports.containsKey(name) ? source.imports.get(name) : pkg + "." + name;
          String superPkg = fqn.substring(0, fqn.lastIndexOf('.'));
          List<String> found = accessorDoc(fromPkg, superPkg, fqn.substring(superPkg.length() + 1), attribute, depth + 1);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
      return new ArrayList<>();
    }
    List<String> doc = new ArrayList<>();
    for (String line : contentLines(m.group(1))) {
      if (BLOCK_TAG.matcher(line).matches() || line.startsWith("{@inheritDoc")) {
        break;
      }
      doc.add(line);
    }
    while (!doc.isEmpty() && doc.get(doc.size() - 1).isEmpty()) {
      doc.remove(doc.size() - 1);
    }
    if (doc.isEmpty()) {
      return doc;
    }
    String ownerRef = pkg.equals(fromPkg) ? owner : pkg + "." + owner;
    List<String> qualified = new ArrayList<>();
    String joined = unwrapReturn(String.join("\n", doc));
    String typePrefix = pkg.equals(fromPkg) ? "" : pkg + ".";
    for (String line : qualifyLinks(joined, ownerRef, typePrefix, pkg, source).split("\n", -1)) {
      qualified.add(line);
    }
    return qualified;
  }

  /**
   * {@code {@return the amount in yuan}} on an accessor reads "Returns the amount in yuan"; on a setter
   * the same words read "The amount in yuan".
   */
  static String unwrapReturn(String doc) {
    String tag = "{@return";
    int start = doc.indexOf(tag);
    if (start < 0 || !doc.substring(0, start).trim().isEmpty()) {
      return doc;
    }
    int depth = 0;
    for (int i = start; i < doc.length(); i++) {
      char c = doc.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        String inner = doc.substring(start + tag.length(), i).trim();
        if (inner.isEmpty()) {
          return doc;
        }
        String sentence = Character.toUpperCase(inner.charAt(0)) + inner.substring(1);
        if (!sentence.endsWith(".")) {
          sentence += ".";
        }
        return sentence + doc.substring(i + 1);
      }
    }
    return doc;
  }

  private String qualifyLinks(String line, String owner, String typePrefix, String pkg, Source source) {
    Matcher m = INLINE_LINK.matcher(line);
    StringBuffer out = new StringBuffer();
    while (m.find()) {
      String target = m.group(3);
      String head = target.split("[#.(]", 2)[0];
      String qualified;
      if (target.startsWith("#")) {
        qualified = owner + target;
      } else if (source.nestedTypes.contains(head) && !head.equals(source.name)) {
        qualified = typePrefix + source.name + "." + target;
      } else if (source.imports.containsKey(head)) {
        qualified = source.imports.get(head) + target.substring(head.length());
      } else if (!typePrefix.isEmpty() && source(pkg, head) != null) {
        qualified = typePrefix + target;
      } else {
        qualified = target;
      }
      m.appendReplacement(out, Matcher.quoteReplacement("{@" + m.group(1) + m.group(2) + qualified));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Source source(String pkg, String type) {
    String key = pkg + "." + type;
    if (sources.containsKey(key)) {
      return sources.get(key);
    }
    Source found = null;
    for (Path dir : sourceDirs) {
      Path file = dir.resolve(pkg.replace('.', '/')).resolve(type + ".java");
      if (Files.isRegularFile(file)) {
        try {
          found = new Source(type, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        break;
      }
    }
    sources.put(key, found);
    return found;
  }

  /** The lines of a comment body without the leading {@code *} and one following space. */
  private static List<String> contentLines(String body) {
    List<String> lines = new ArrayList<>();
    for (String raw : body.split("\n", -1)) {
      String line = LEADING_STAR.matcher(raw).lookingAt() ? LEADING_STAR.matcher(raw).replaceFirst("") : raw.trim();
      lines.add(line.replaceAll("\\s+$", ""));
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static final class Source {
    final String name;
    final String text;
    final Map<String, String> imports = new HashMap<>();
    final Set<String> nestedTypes = new HashSet<>();

    Source(String name, String text) {
      this.name = name;
      this.text = text;
      Matcher i = IMPORT.matcher(text);
      while (i.find()) {
        imports.put(i.group(2), i.group(1) + "." + i.group(2));
      }
      Matcher n = NESTED_TYPE.matcher(text);
      while (n.find()) {
        nestedTypes.add(n.group(1));
      }
    }
  }
}
