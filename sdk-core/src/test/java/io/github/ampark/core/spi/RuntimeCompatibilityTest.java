package io.github.ampark.core.spi;

import static io.github.ampark.core.spi.RuntimeCompatibility.JACKSON_CORE;
import static io.github.ampark.core.spi.RuntimeCompatibility.JACKSON_DATABIND;
import static io.github.ampark.core.spi.RuntimeCompatibility.KOTLIN_STDLIB;
import static io.github.ampark.core.spi.RuntimeCompatibility.OKHTTP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check run when a client is built. The real mismatches (Spring Boot 2.7's Kotlin 1.6.21 and
 * OkHttp 4) are exercised end to end by compat/boot27-unpatched; here the rules themselves.
 */
class RuntimeCompatibilityTest {
  private static Map<RuntimeCompatibility.Library, String> versions(String jackson, String okhttp, String kotlin) {
    Map<RuntimeCompatibility.Library, String> found = new LinkedHashMap<>();
    found.put(JACKSON_CORE, jackson);
    found.put(JACKSON_DATABIND, jackson);
    found.put(OKHTTP, okhttp);
    found.put(KOTLIN_STDLIB, kotlin);
    return found;
  }

  @Test
  void theFloorsThemselvesAndNewerVersionsPass() {
    assertThat(RuntimeCompatibility.problems(versions("2.13.0", "5.3.0", "1.9.0"), Collections.singletonList("okhttp-jvm-5.3.0.jar")))
        .isEmpty();
    assertThat(RuntimeCompatibility.problems(versions("2.22.4", "5.5.1", "2.2.21"), Collections.<String>emptyList()))
        .isEmpty();
  }

  @Test
  void anOldKotlinStdlibIsNamedWithVersionFoundMinimumAndTheProperty() {
    List<String> problems = RuntimeCompatibility.problems(versions("2.13.5", "5.5.1", "1.6.21"), Collections.<String>emptyList());
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("kotlin-stdlib 1.6.21 found, 1.9.0 or newer needed")
        .contains("kotlin.version");
  }

  @Test
  void anOldJacksonNamesBothJarsAndJacksonBomVersion() {
    List<String> problems = RuntimeCompatibility.problems(versions("2.12.7", "5.5.1", "2.1.21"), Collections.<String>emptyList());
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("jackson-core 2.12.7 found, 2.13.0 or newer needed").contains("jackson-bom.version");
    assertThat(problems.get(1)).startsWith("jackson-databind 2.12.7 found");
  }

  @Test
  void anOkHttp5WithoutCallTagsIsRefused() {
    List<String> problems = RuntimeCompatibility.problems(versions("2.19.2", "5.2.3", "2.2.21"), Collections.<String>emptyList());
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("okhttp 5.2.3 found, 5.3.0 or newer needed").contains("okhttp.version");
  }

  @Test
  void okHttp4OrAMissingLibraryIsReported() {
    List<String> problems = RuntimeCompatibility.problems(versions("2.19.2", "4.9.3", null), Collections.<String>emptyList());
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("okhttp 4.9.3 found, 5.3.0 or newer needed").contains("okhttp.version");
    assertThat(problems.get(1)).startsWith("kotlin-stdlib not found");
  }

  @Test
  void twoOkHttpJarsAreReportedByName() {
    List<String> problems = RuntimeCompatibility.problems(versions("2.19.2", "5.5.1", "1.9.25"),
        Arrays.asList("okhttp-4.9.3.jar", "okhttp-jvm-5.5.1.jar"));
    assertThat(problems).containsExactly("OkHttp is on the classpath 2 times (okhttp-4.9.3.jar, okhttp-jvm-5.5.1.jar);"
        + " keep only com.squareup.okhttp3:okhttp-jvm 5.x: exclude com.squareup.okhttp3:okhttp 4.x from the"
        + " dependency that brings it, or set the Maven property okhttp.version (Spring Boot 2.7) to the sdk-bom's OkHttp");
  }

  @Test
  void theMessageListsEveryProblemOnOneLine() {
    String message = RuntimeCompatibility.message(Arrays.asList("a 1 found", "b 2 found"));
    assertThat(message).isEqualTo("Ampark cannot run on this classpath: a 1 found; b 2 found (README.md, \"Compatibility\")");
  }

  @Test
  void versionsCompareByNumberNotByText() {
    assertThat(RuntimeCompatibility.compare("2.13.5", "2.9.10")).isPositive();
    assertThat(RuntimeCompatibility.compare("1.9.25", "1.10.0")).isNegative();
    assertThat(RuntimeCompatibility.compare("5.0.0-alpha.14", "5.0.0")).isZero();
    assertThat(RuntimeCompatibility.compare("2.20", "2.13.0")).isPositive();
    assertThat(RuntimeCompatibility.compare("junk", "0.0.0")).isZero();
  }

  @Test
  void thisBuildsOwnClasspathPasses() {
    RuntimeCompatibility.check("acme");
  }
}
