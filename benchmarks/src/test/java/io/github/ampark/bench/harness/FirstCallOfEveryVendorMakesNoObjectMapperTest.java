package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bench.contenders.Contenders;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cold start (issue 16): every vendor's Ampark client, built and called once in a fresh JVM exactly
 * as S4 measures it, makes no Jackson {@code ObjectMapper} by the end of that call: its answer is
 * read into a tree without one ({@code JsonTrees}) and by a hand-written reader, and its body is
 * written by hand. A mapper's constructor loads ~250 classes (120–170 ms of a cold start here); the
 * hand-written OkHttp contender makes one, which is the control that the watch sees it.
 */
class FirstCallOfEveryVendorMakesNoObjectMapperTest {
  /** Loaded by every {@code ObjectMapper}'s constructor and by nothing a first call needs without one. */
  static final String MAPPER_MADE = "com.fasterxml.jackson.databind.ser.BeanSerializerFactory";

  private static ServerProcess server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerProcess.start(0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static Map<String, Object> firstCall(String vendor, String contender) throws Exception {
    Map<String, Object> row = Fork.run(
        List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-D" + S4ColdStart.WATCH + "=" + MAPPER_MADE),
        S4ColdStart.class, "--child", server.baseUrl(), vendor, contender);
    assertThat(row).as(vendor + " " + contender).doesNotContainKey("error").containsKey("loaded");
    return row;
  }

  @Test
  void noVendorsFirstCallMakesAnObjectMapper() throws Exception {
    Set<String> vendors = new LinkedHashSet<>();
    for (String[] id : Contenders.ids()) {
      vendors.add(id[0]);
    }
    assertThat(vendors).contains("wikeyun", "4pyun", "bolink", "wanzhuang", "yinli");
    for (String vendor : vendors) {
      assertThat(firstCall(vendor, "ampark").get("loaded")).as(vendor)
          .isEqualTo(Map.of(MAPPER_MADE, false));
    }
  }

  @Test
  void theWatchSeesTheMapperHandWrittenOkHttpMakes() throws Exception {
    assertThat(firstCall("wikeyun", "raw-okhttp").get("loaded")).isEqualTo(Map.of(MAPPER_MADE, true));
  }
}
