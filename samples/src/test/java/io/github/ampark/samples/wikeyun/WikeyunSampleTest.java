package io.github.ampark.samples.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WikeyunSampleTest {
  @Test
  void theSampleRechargesThroughTheFakeAndHandlesTheResentCallbackOnce() {
    assumeTrue(System.getenv("WIKEYUN_APP_KEY") == null, "runs against the fake only when no real credentials are set");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WikeyunSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("against the in-process FakeWikeyun");
    assertThat(out).containsPattern("1\\. Added card \\d+ \\(0123456789, 江苏省南京市\\)");
    assertThat(out).containsPattern("2\\. Placed order AMP\\d+ for 100 yuan: platform order P\\d+");
    assertThat(out).containsPattern("3\\. Callback received and confirmed with a signed query: AMP\\d+ is SUCCESS");
    assertThat(out).contains("4. Outcome: recharged 100 yuan (cost 99.50 yuan, rebate 0.50 yuan)");
    assertThat(out).contains("5. Wikeyun resent the callback: answered 'success', handled once");
  }
}
