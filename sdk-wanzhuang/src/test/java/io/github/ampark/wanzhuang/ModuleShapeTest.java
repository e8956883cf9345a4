package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vendor shape (issue 10): at most 10 public root types, a short client, package-info everywhere, no mutable JSON in models. */
class ModuleShapeTest {
  static final Path ROOT = Paths.get("src/main/java/io/github/ampark/wanzhuang");

  static List<String> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theRootPackageHoldsTenPublicTypes() throws Exception {
    List<String> names = javaFiles(ROOT);
    assertThat(names).containsExactlyInAnyOrder("WanzhuangCallbacks", "WanzhuangCharging", "WanzhuangClient", "WanzhuangDevices",
        "WanzhuangEnvironment", "WanzhuangHandler", "WanzhuangRaw", "WanzhuangRenewals", "WanzhuangSigner", "WanzhuangStates");
    for (String n : names) {
      assertThat(Modifier.isPublic(Class.forName("io.github.ampark.wanzhuang." + n).getModifiers())).isTrue();
    }
  }

  @Test
  void theClientFileIsAtMost250Lines() throws Exception {
    assertThat(Files.readAllLines(ROOT.resolve("WanzhuangClient.java"))).hasSizeLessThanOrEqualTo(250);
  }

  @Test
  void everyPackageHasAPackageInfo() {
    for (String pkg : new String[] {"", "model", "internal"}) {
      assertThat(ROOT.resolve(pkg).resolve("package-info.java")).exists();
    }
  }

  @Test
  void noPublicModelExposesJsonNode() throws Exception {
    for (String n : javaFiles(ROOT.resolve("model"))) {
      for (Method m : Class.forName("io.github.ampark.wanzhuang.model." + n).getMethods()) {
        assertThat(m.getGenericReturnType().getTypeName()).as(n + "." + m.getName()).doesNotContain("JsonNode");
      }
    }
  }
}
