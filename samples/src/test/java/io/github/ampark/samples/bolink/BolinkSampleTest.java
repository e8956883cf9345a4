package io.github.ampark.samples.bolink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BolinkSampleTest {
  @Test
  void theSampleFlowEntersExitsDiscountsQueriesAndRefundsAgainstTheFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BolinkSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("in-process fake")
        .contains("1. 京A12345 entered; entry AMP").contains("(上传成功)")
        .contains("2. 京A12345 left and paid 12.50 yuan; exit order uploaded (上传成功)")
        .contains("3. charging discount of 2.50 yuan reported to the park's cloud (上传成功)")
        .contains("4. 1 order(s) for 京A12345 today")
        .contains("paid 12.50 yuan by WALLET")
        .contains("5. refunded the 2.50 yuan discount of trade BL").contains("(退款成功)")
        .contains("Done: entry, exit, discount, query and refund all accepted by Bolink.")
        .doesNotContain("refused");
  }
}
