package io.github.ampark.samples.yinli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YinliSampleTest {
  @Test
  void theSamplePushesAMonthOfReadingsSealedInFiveRequestsAndBooksAResentTopUpOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    YinliSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = out.lines().toList();

    assertThat(lines.get(0)).startsWith("Yinli sample against the in-process fake at http://127.0.0.1:").endsWith("(0.1 envelope: AES/ECB, SHA256withRSA)");
    assertThat(lines.get(1)).matches("pushing 1,000 meter readings of MALL-SAMPLE for \\d{4}-\\d{2} \\(200 per request, 2 in flight\\):");
    assertThat(lines).filteredOn(l -> l.startsWith("  [")).containsExactly(
        "  [######........................]  20% 200/1,000",
        "  [############..................]  40% 400/1,000",
        "  [##################............]  60% 600/1,000",
        "  [########################......]  80% 800/1,000",
        "  [##############################] 100% 1,000/1,000");
    assertThat(out).contains("done: 1,000 readings in 5 requests confirmed\n")
        .contains("the fake holds 1,000 readings for MALL-SAMPLE, 5 pushes accepted\n")
        .contains("Yinli sent top-up P-SAMPLE-0001 2 times: answer lost (simulated), acknowledged\n")
        .contains("booked 1 time(s); S-0001 balance 100.00\n");
  }
}
