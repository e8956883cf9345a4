package io.github.ampark.samples.bolink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BolinkSampleTest {
  @Test
  void theSampleFlowRunsAgainstTheFakeAndEndsWithARefund() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BolinkSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("in-process fake")
        .contains("1. 京A12345 left; exit order AMP").contains("(上传成功)")
        .contains("2. charging discount of 5.00 yuan uploaded (上传成功)")
        .contains("3. 1 order(s) for 京A12345 today")
        .contains("paid 12.50 yuan by WALLET")
        .contains("4. refunded 2.50 yuan of trade BL").contains("(退款成功)")
        .contains("Done: exit, discount, query and refund all accepted by Bolink.")
        .doesNotContain("refused");
  }
}
