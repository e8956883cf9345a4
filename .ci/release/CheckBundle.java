import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Central Portal bundle the way Central's validation would, before anything is uploaded:
 * java CheckBundle.java BUNDLE.zip REPO_ROOT VERSION
 *
 * <ul>
 *   <li>published = ampark-parent, sdk-bom and every module with src/published; each is in the bundle
 *       with its POM, and jar modules with their jar, -sources.jar and -javadoc.jar;
 *   <li>every other module of the root POM (samples, benchmarks, consumer-check, compat, ...) is NOT in it,
 *       nor any -tests.jar;
 *   <li>each POM, with what it inherits from ampark-parent (Maven's rules, including the url and scm
 *       paths a child appends unless told not to), has name, description, url, licenses, scm and
 *       developers, and its url and scm are the repository's own;
 *   <li>every jar (main, sources, javadoc) carries META-INF/LICENSE; every file has .md5 and .sha1 (Central's minimum);
 *       missing .asc signatures are reported, not failed (no key in CI).
 *   <li>every builder setter in a sources jar carries its attribute's Javadoc (build-tools/ImmutablesBuilderDocs.java).
 * </ul>
 */
public class CheckBundle {
  static final List<String> failures = new ArrayList<>();
  static int checks;

  public static void main(String[] args) throws Exception {
    Path bundle = Paths.get(args[0]);
    Path root = Paths.get(args[1]);
    String version = args[2];
    Document rootPom = parse(Files.newInputStream(root.resolve("pom.xml")));
    String group = text(rootPom.getDocumentElement(), "groupId");
    String groupPath = group.replace('.', '/');

    List<String> published = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    published.add(text(rootPom.getDocumentElement(), "artifactId"));
    for (Element m : children(child(rootPom.getDocumentElement(), "modules"), "module")) {
      String dir = m.getTextContent().trim();
      String artifactId = text(parse(Files.newInputStream(root.resolve(dir).resolve("pom.xml"))).getDocumentElement(), "artifactId");
      boolean isPublished = Files.exists(root.resolve(dir).resolve("src/published")) || dir.equals("sdk-bom");
      (isPublished ? published : unpublished).add(artifactId);
    }

    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          try (InputStream in = zip.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    TreeSet<String> artifactsInBundle = new TreeSet<>();
    for (String name : files.keySet()) {
      check(name.startsWith(groupPath + "/"), "only " + group + " in the bundle: " + name);
      String[] parts = name.split("/");
      if (parts.length >= 4) {
        artifactsInBundle.add(parts[parts.length - 3]);
      }
      check(!name.endsWith("-tests.jar"), "no test jar is published: " + name);
    }
    for (String a : unpublished) {
      check(!artifactsInBundle.contains(a), "not published, and not in the bundle: " + a);
    }
    check(artifactsInBundle.equals(new TreeSet<>(published)),
        "the bundle holds exactly the published modules " + new TreeSet<>(published) + ", found " + artifactsInBundle);

    Element parent = null;
    Map<String, Element> poms = new LinkedHashMap<>();
    for (String a : published) {
      String base = groupPath + "/" + a + "/" + version + "/" + a + "-" + version;
      byte[] pom = files.get(base + ".pom");
      check(pom != null, a + ": POM in the bundle");
      if (pom == null) {
        continue;
      }
      Element project = parse(new java.io.ByteArrayInputStream(pom)).getDocumentElement();
      poms.put(a, project);
      if (a.equals(published.get(0))) {
        parent = project;
      }
      String packaging = text(project, "packaging");
      if (packaging == null || packaging.equals("jar")) {
        for (String suffix : new String[] {".jar", "-sources.jar", "-javadoc.jar"}) {
          check(files.containsKey(base + suffix), a + ": " + a + "-" + version + suffix + " in the bundle");
        }
        for (String suffix : new String[] {".jar", "-sources.jar", "-javadoc.jar"}) {
          byte[] jar = files.get(base + suffix);
          if (jar != null) {
            check(hasEntry(jar, "META-INF/LICENSE"), a + ": META-INF/LICENSE in " + a + "-" + version + suffix);
          }
        }
        byte[] sources = files.get(base + "-sources.jar");
        if (sources != null) {
          List<String> bare = boilerplateBuilderDocs(sources);
          check(bare.isEmpty(), a + ": every builder setter in the sources jar carries its attribute's Javadoc"
              + (bare.isEmpty() ? "" : " (only Immutables' sentence on " + bare.size() + ", e.g. " + bare.get(0) + ")"));
        }
      }
    }
    String repoUrl = text(parent, "url");
    for (Map.Entry<String, Element> e : poms.entrySet()) {
      String a = e.getKey();
      Element p = e.getValue();
      boolean inherits = child(p, "parent") != null;
      for (String field : new String[] {"name", "description"}) {
        check(notBlank(text(p, field)), a + ": <" + field + "> in its own POM");
      }
      String url = effective(p, inherits ? parent : null, "url", "child.project.url.inherit.append.path", a);
      check(repoUrl != null && repoUrl.equals(url), a + ": url is the repository's (" + repoUrl + "), was " + url);
      Element licenses = orInherited(p, inherits ? parent : null, "licenses");
      check(licenses != null && !children(licenses, "license").isEmpty()
          && notBlank(text(children(licenses, "license").get(0), "name"))
          && notBlank(text(children(licenses, "license").get(0), "url")), a + ": a license with name and url");
      Element developers = orInherited(p, inherits ? parent : null, "developers");
      check(developers != null && !children(developers, "developer").isEmpty(), a + ": developers");
      Element scm = orInherited(p, inherits ? parent : null, "scm");
      check(scm != null, a + ": scm");
      if (scm != null) {
        Element parentScm = inherits ? child(parent, "scm") : null;
        for (String field : new String[] {"url", "connection", "developerConnection"}) {
          String value = text(scm, field);
          if (child(p, "scm") == null && parentScm != null
              && !"false".equals(parentScm.getAttribute("child.scm." + field + ".inherit.append.path"))) {
            value = value + "/" + a;
          }
          check(notBlank(value) && !value.endsWith("/" + a), a + ": scm " + field + " is the repository's, was " + value);
        }
      }
    }

    int unsigned = 0;
    for (String name : files.keySet()) {
      if (name.endsWith(".md5") || name.endsWith(".sha1") || name.endsWith(".sha256") || name.endsWith(".sha512")
          || name.endsWith(".asc")) {
        continue;
      }
      check(files.containsKey(name + ".md5") && files.containsKey(name + ".sha1"), name + ": .md5 and .sha1");
      if (!files.containsKey(name + ".asc")) {
        unsigned++;
      }
    }
    System.out.println("bundle: " + files.size() + " files, modules " + artifactsInBundle);
    System.out.println("not in the bundle, as required: " + unpublished);
    if (unsigned > 0) {
      System.out.println("note: " + unsigned + " files have no .asc signature (no MAVEN_GPG_KEY here; a real release signs them)");
    }
    for (String f : failures) {
      System.out.println("FAILED: " + f);
    }
    System.out.println("release dry run: " + (checks - failures.size()) + " passed, " + failures.size() + " failed");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  static void check(boolean ok, String what) {
    checks++;
    if (!ok) {
      failures.add(what);
    }
  }

  static boolean notBlank(String s) {
    return s != null && !s.trim().isEmpty();
  }

  static String effective(Element p, Element parent, String field, String appendAttribute, String artifactId) {
    String own = text(p, field);
    if (own != null || parent == null) {
      return own;
    }
    String inherited = text(parent, field);
    boolean append = !"false".equals(parent.getAttribute(appendAttribute));
    return inherited == null ? null : append ? inherited + "/" + artifactId : inherited;
  }

  static Element orInherited(Element p, Element parent, String name) {
    Element own = child(p, name);
    return own != null || parent == null ? own : child(parent, name);
  }

  /**
   * Builder methods of generated Immutables sources whose Javadoc is still only Immutables' own sentence
   * ("Initializes the value for the X attribute"): build-tools/ImmutablesBuilderDocs.java puts the
   * attribute's description first, so a comment that starts with that sentence means the step did not run
   * or the attribute has no Javadoc.
   */
  static List<String> boilerplateBuilderDocs(byte[] jar) throws Exception {
    List<String> bare = new ArrayList<>();
    java.util.regex.Pattern comment = java.util.regex.Pattern.compile("(?s)/\\*\\*\\s*\\*?\\s*(Initializes the (?:value for the|optional value) \\{@link [\\w.]+#(\\w+)\\(\\))");
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        String name = e.getName();
        if (!name.endsWith(".java") || !name.substring(name.lastIndexOf('/') + 1).startsWith("Immutable")) {
          continue;
        }
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = comment.matcher(text);
        while (m.find()) {
          bare.add(name + " " + m.group(2) + "(…)");
        }
      }
    }
    return bare;
  }

  static boolean hasEntry(byte[] jar, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  static Document parse(InputStream in) throws Exception {
    try (InputStream i = in) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(i);
    }
  }

  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  static String text(Element parent, String name) {
    Element c = child(parent, name);
    return c == null ? null : c.getTextContent().trim();
  }
}
