package io.github.ampark.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vendor shape of issue 10, checked on the sources: a small root package, a short client, package-info everywhere. */
class ModuleShapeTest {
  static final Path ROOT = Paths.get("src/main/java/io/github/ampark/fourpyun");
  static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public (final |abstract )*(class|interface|enum) ");

  @Test
  void theRootPackageHoldsAtMostTenPublicTypesAndOnlyTheAllowedOnes() throws IOException {
    List<String> types;
    try (Stream<Path> files = Files.list(ROOT)) {
      types = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
          .filter(p -> PUBLIC_TYPE.matcher(read(p)).find())
          .map(p -> p.getFileName().toString().replace(".java", "")).sorted().collect(Collectors.toList());
    }
    assertThat(types).hasSizeLessThanOrEqualTo(10).containsExactlyInAnyOrder("FourPyunClient", "FourPyunParking",
        "FourPyunPayments", "FourPyunSyncs", "FourPyunEnergy", "FourPyunSigner", "FourPyunCallbacks", "FourPyunHandler",
        "FourPyunRaw", "FourPyunEnvironment");
  }

  @Test
  void theSharedVendorShapeHolds() {
    io.github.ampark.core.testing.AbsentValues.assertConvention();
    io.github.ampark.core.testing.VendorShape.assertShape("io.github.ampark.fourpyun", "FourPyunClient", "FourPyunParking",
        "FourPyunPayments", "FourPyunSyncs", "FourPyunEnergy", "FourPyunSigner", "FourPyunCallbacks", "FourPyunHandler",
        "FourPyunRaw", "FourPyunEnvironment");
  }

  @Test
  void thePublicApiMatchesTheCommittedListing() {
    io.github.ampark.core.testing.ApiListing.assertMatchesCommitted("sdk-4pyun");
  }

  @Test
  void theClientFileHasAtMost250Lines() throws IOException {
    assertThat(Files.readAllLines(ROOT.resolve("FourPyunClient.java"))).hasSizeLessThanOrEqualTo(250);
  }

  @Test
  void everyPackageHasAPackageInfo() {
    for (String pkg : new String[] {"", "model", "internal"}) {
      assertThat(ROOT.resolve(pkg).resolve("package-info.java")).exists();
    }
  }

  @Test
  void theModelHoldsNoBatchMirrorTypes() {
    for (String gone : new String[] {"SyncReport", "SyncProgress", "RecordRange", "SyncJob", "SyncException"}) {
      assertThat(ROOT.resolve("model").resolve(gone + ".java")).doesNotExist();
      assertThat(ROOT.resolve(gone + ".java")).doesNotExist();
    }
  }

  static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
