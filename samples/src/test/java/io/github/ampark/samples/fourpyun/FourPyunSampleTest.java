package io.github.ampark.samples.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourPyunSampleTest {
  @Test
  void theSampleSyncsTwentyThousandRenewalsThenOneMoreThenAnEntryAndExitAgainstTheFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FourPyunSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = out.lines().toList();

    assertThat(lines.get(0)).startsWith("4pyun sample against the in-process fake at http://127.0.0.1:");
    assertThat(lines).filteredOn(l -> l.startsWith("  [")).hasSize(10).last()
        .isEqualTo("  [##############################] 100% 20,000/20,000");
    assertThat(out).contains("full sync done: 20,000 renewals in 40 batches confirmed")
        .contains("incremental renewal R-20000 for 粤B20000 confirmed (code 1001")
        .containsPattern("entry S-\\d+ of 粤B12345 accepted \\(code 200\\)")
        .containsPattern("exit S-\\d+ after 95 min, 10.00 yuan cash, accepted \\(code 200\\)")
        .contains("the fake holds 20,001 renewals and 1 closed stay\n");
  }
}
