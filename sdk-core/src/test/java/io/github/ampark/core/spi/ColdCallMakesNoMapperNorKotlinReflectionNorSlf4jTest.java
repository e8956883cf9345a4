package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.baseUrl;
import static io.github.ampark.core.testing.AcmeServer.ok;
import static io.github.ampark.core.testing.AcmeServer.startServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cold start (issue 16): in a fresh JVM ({@link ColdCallChild}), building a client and making a
 * synchronous call through the typed pipeline — a compiled method, its signer (which asks for a
 * tag), a keyed operation, retries and deadline armed, log level NONE — or a raw request without
 * tags loads neither Kotlin's reflection ({@code
 * ClassReference}, which the first {@code KClass} tag key would load, ~60 classes) nor SLF4J's
 * {@code LoggerFactory} (its provider lookup); an asynchronous call and a logging client still work
 * in the same JVM afterwards, and the logging client's first line resolves SLF4J. Neither building
 * the client nor the typed call, whose answer is a tree, makes a Jackson {@code ObjectMapper} (its
 * constructor loads {@code BeanSerializerFactory} and ~250 more classes): the raw response, which
 * hands users the mapper, makes the first.
 */
class ColdCallMakesNoMapperNorKotlinReflectionNorSlf4jTest {
  private static final String CLASS_REFERENCE = "kotlin.jvm.internal.ClassReference";
  private static final String REFLECTION = "kotlin.jvm.internal.Reflection";
  private static final String LOGGER_FACTORY = "org.slf4j.LoggerFactory";
  /** Loaded by every {@code ObjectMapper}'s constructor, and by nothing the pipeline needs without one. */
  private static final String MAPPER_MADE = "com.fasterxml.jackson.databind.ser.BeanSerializerFactory";

  private static MockWebServer server;
  /** The child's report: step → (class or "answer" → value). */
  private static final Map<String, Map<String, String>> steps = new LinkedHashMap<>();
  private static final List<RecordedRequest> received = new ArrayList<>();
  private static String output;

  @BeforeAll
  static void runTheChild() throws Exception {
    server = startServer();
    for (int i = 1; i <= 5; i++) {
      server.enqueue(ok("{\"n\":\"" + i + "\"}"));
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath,
        ColdCallChild.class.getName(), baseUrl(server))
        .redirectErrorStream(true).start();
    child.getOutputStream().close();
    byte[] out = readAll(child);
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ended").isTrue();
    output = new String(out, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();
    for (String line : output.split("\\R")) {
      if (!line.startsWith("STEP ")) {
        continue;
      }
      String[] parts = line.substring(5).split(" ");
      Map<String, String> facts = new LinkedHashMap<>();
      for (int i = 1; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        facts.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
      }
      steps.put(parts[0], facts);
    }
    RecordedRequest r;
    while ((r = server.takeRequest(0, TimeUnit.SECONDS)) != null) {
      received.add(r);
    }
  }

  private static byte[] readAll(Process child) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = child.getInputStream().read(buffer)) != -1) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, String> step(String name) {
    assertThat(steps).as(output).containsKey(name);
    return steps.get(name);
  }

  @Test
  void buildingAClientLoadsNoKotlinReflectionAndDoesNotStartSlf4j() {
    assertThat(step("built")).as(output)
        .containsEntry(CLASS_REFERENCE, "false").containsEntry(REFLECTION, "false").containsEntry(LOGGER_FACTORY, "false");
  }

  @Test
  void aSynchronousKeyedCallThroughTheTypedPipelineLoadsNoKotlinReflectionAndDoesNotStartSlf4j() {
    assertThat(step("sync")).as(output).containsEntry("answer", "1")
        .containsEntry(CLASS_REFERENCE, "false").containsEntry(REFLECTION, "false").containsEntry(LOGGER_FACTORY, "false");
    assertThat(received.get(0).getUrl().encodedPath()).isEqualTo("/orders/push");
    assertThat(received.get(0).getHeaders().get("X-Acme-Sign")).as("the signer ran").isEqualTo("signed");
  }

  @Test
  void neitherBuildingAClientNorATypedCallReadingATreeMakesAnObjectMapper() {
    assertThat(step("built")).as(output).containsEntry(MAPPER_MADE, "false");
    assertThat(step("sync")).as(output).containsEntry("answer", "1").containsEntry(MAPPER_MADE, "false");
    assertThat(step("raw")).as(output).as("a raw response carries the mapper, so the watch sees one made")
        .containsEntry(MAPPER_MADE, "true");
  }

  @Test
  void aRawRequestWithoutTagsLoadsNoKotlinReflectionEither() {
    assertThat(step("raw")).as(output).containsEntry("answer", "2")
        .containsEntry(CLASS_REFERENCE, "false").containsEntry(REFLECTION, "false").containsEntry(LOGGER_FACTORY, "false");
    assertThat(received.get(1).getUrl().encodedPath()).isEqualTo("/orders/raw");
  }

  @Test
  void anAsynchronousCallALoggingClientAndATaggedRawRequestStillWorkAndTheFirstLoggedLineStartsSlf4j() {
    assertThat(step("async")).as(output).containsEntry("answer", "3");
    assertThat(step("logging")).as(output).containsEntry("answer", "4").containsEntry(LOGGER_FACTORY, "true");
    assertThat(step("tagged")).as(output).containsEntry("answer", "5");
    assertThat(received).hasSize(5);
    for (RecordedRequest r : received.subList(0, 4)) {
      assertThat(r.getHeaders().get("X-Acme-Sign")).isEqualTo("signed");
    }
    assertThat(received.get(4).getHeaders().get("X-Acme-Sign")).as("the signer saw the raw request's tag")
        .isEqualTo("signed-family-c");
  }

  @Test
  void theWatchSeesKotlinReflectionOnceAKClassIsMade() {
    assertThat(step("control")).as(output).containsEntry(CLASS_REFERENCE, "true").containsEntry(REFLECTION, "true");
  }
}
