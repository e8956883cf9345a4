package io.github.ampark.core.spi;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Nullable;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks, when the first client is built, that the libraries Ampark runs on are new enough and that
 * OkHttp is on the classpath once. A dependency manager (Spring Boot 2.7's, for one) can silently
 * pin Jackson, OkHttp or the Kotlin standard library below what Ampark needs; without this check
 * that surfaces as a {@code NoSuchFieldError} or {@code NoClassDefFoundError} at the first call.
 * With it, building the client fails with an {@link AmparkException} that names the library, the
 * version found, the minimum and the Maven property that sets it.
 *
 * <p>The floors are the oldest versions the compatibility matrix ({@code compat/} in the
 * repository) runs against; README.md lists them. {@link ClientRuntime} runs the check for every
 * client; anything else that starts OkHttp for a user (the testkit's fake servers) calls {@link
 * #check(String)} first.
 */
public final class RuntimeCompatibility {
  /** One library Ampark needs at run time. */
  static final class Library {
    final String name;
    final String floor;
    final String fix;

    Library(String name, String floor, String fix) {
      this.name = name;
      this.floor = floor;
      this.fix = fix;
    }
  }

  private static final String JACKSON_FIX = "set the Maven property jackson-bom.version (Spring Boot 2 and 3;"
      + " jackson-2-bom.version on Boot 4) or import com.fasterxml.jackson:jackson-bom";
  static final Library JACKSON_CORE = new Library("jackson-core", "2.13.0",
      JACKSON_FIX);
  static final Library JACKSON_DATABIND = new Library("jackson-databind", "2.13.0", JACKSON_FIX);
  // 5.3.0 added tags on Call, where the pipeline keeps a call's deadline and attempt (CallTag)
  static final Library OKHTTP = new Library("okhttp", "5.3.0",
      "set the Maven property okhttp.version (Spring Boot 2.7) to the sdk-bom's OkHttp,"
          + " or drop the dependency that pins com.squareup.okhttp3:okhttp 4.x");
  static final Library KOTLIN_STDLIB = new Library("kotlin-stdlib", "1.9.0",
      "set the Maven property kotlin.version (Spring Boot) or manage org.jetbrains.kotlin:kotlin-stdlib");

  private static volatile boolean verified;

  private RuntimeCompatibility() {}

  /**
   * Throws if this class loader's libraries cannot run Ampark; a no-op once a check has passed.
   *
   * @param vendor the vendor whose client is being built (or another label, such as {@code "testkit"}),
   *     for the exception; may be null
   * @throws AmparkException naming each library that is missing or too old (its version found, the
   *     minimum and the Maven property that sets it), and OkHttp found on the classpath more than once
   */
  public static void check(@Nullable String vendor) {
    if (verified) {
      return;
    }
    Map<Library, String> found = new LinkedHashMap<>();
    found.put(JACKSON_CORE, staticField("com.fasterxml.jackson.core.json.PackageVersion", "VERSION"));
    found.put(JACKSON_DATABIND, staticField("com.fasterxml.jackson.databind.cfg.PackageVersion", "VERSION"));
    found.put(OKHTTP, staticField("okhttp3.OkHttp", "VERSION"));
    found.put(KOTLIN_STDLIB, staticField("kotlin.KotlinVersion", "CURRENT"));
    List<String> problems = problems(found, copies("okhttp3/OkHttpClient.class"));
    if (!problems.isEmpty()) {
      throw new AmparkException(vendor, null, message(problems), null);
    }
    verified = true;
  }

  /** What is wrong with these versions ({@code null}: library not found) and OkHttp copies; empty if nothing. */
  static List<String> problems(Map<Library, String> found, List<String> okHttpCopies) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Library, String> e : found.entrySet()) {
      Library lib = e.getKey();
      String version = e.getValue();
      if (version == null) {
        out.add(lib.name + " not found, or too old to tell its version (" + lib.floor + " or newer needed): " + lib.fix);
      } else if (compare(version, lib.floor) < 0) {
        out.add(lib.name + " " + version + " found, " + lib.floor + " or newer needed: " + lib.fix);
      }
    }
    if (okHttpCopies.size() > 1) {
      out.add("OkHttp is on the classpath " + okHttpCopies.size() + " times (" + String.join(", ", okHttpCopies)
          + "); keep only com.squareup.okhttp3:okhttp-jvm 5.x: exclude com.squareup.okhttp3:okhttp 4.x"
          + " from the dependency that brings it, or set the Maven property okhttp.version (Spring Boot 2.7)"
          + " to the sdk-bom's OkHttp");
    }
    return out;
  }

  static String message(List<String> problems) {
    StringBuilder sb = new StringBuilder("Ampark cannot run on this classpath: ");
    for (int i = 0; i < problems.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    return sb.append(" (README.md, \"Compatibility\")").toString();
  }

  /** Compares dotted versions by their leading numbers ({@code 2.13.5} &lt; {@code 2.19.2}; qualifiers ignored). */
  static int compare(String a, String b) {
    int[] x = numbers(a);
    int[] y = numbers(b);
    for (int i = 0; i < 3; i++) {
      if (x[i] != y[i]) {
        return x[i] < y[i] ? -1 : 1;
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    int[] out = new int[3];
    String[] parts = version.split("[.]", 4);
    for (int i = 0; i < 3 && i < parts.length; i++) {
      int n = 0;
      String p = parts[i];
      for (int j = 0; j < p.length() && j < 6 && Character.isDigit(p.charAt(j)); j++) {
        n = n * 10 + (p.charAt(j) - '0');
      }
      out[i] = n;
    }
    return out;
  }

  private static @Nullable String staticField(String className, String field) {
    try {
      Class<?> type = Class.forName(className, false, RuntimeCompatibility.class.getClassLoader());
      Object value = type.getField(field).get(null);
      return value == null ? null : value.toString();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static List<String> copies(String resource) {
    ClassLoader loader = RuntimeCompatibility.class.getClassLoader();
    List<String> out = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(resource))) {
        String s = url.toString();
        int bang = s.indexOf("!/");
        out.add(bang > 0 ? s.substring(s.lastIndexOf('/', bang) + 1, bang) : s);
      }
    } catch (IOException e) {
      // unreadable class path: nothing to compare
    }
    return out;
  }
}
