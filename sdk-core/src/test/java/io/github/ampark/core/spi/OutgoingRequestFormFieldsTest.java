package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Idempotency;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class OutgoingRequestFormFieldsTest {
  private static OutgoingRequest outgoing(byte[] body) {
    Request request = new Request.Builder().url("https://api.example/x").build();
    return new OutgoingRequest(
        request, new CallInfo("v", "op", Idempotency.UNSAFE, null), body,
        MediaType.get("application/x-www-form-urlencoded"));
  }

  @Test
  void formFieldsAreTheBodysFieldsInOrderDecodedInTheGivenCharsetAsANewMutableMap() {
    OutgoingRequest out = outgoing("b=%E4%B8%AD+1&a=2&b=3".getBytes(StandardCharsets.US_ASCII));
    Map<String, String> fields = out.formFields(StandardCharsets.UTF_8);
    assertThat(new ArrayList<>(fields.keySet())).containsExactly("b", "a");
    assertThat(fields).containsEntry("b", "中 1").containsEntry("a", "2");
    fields.put("sign", "x");
    assertThat(out.formFields(StandardCharsets.UTF_8)).doesNotContainKey("sign");
    assertThat(out.body()).isEqualTo("b=%E4%B8%AD+1&a=2&b=3".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void formFieldsUseTheCharsetTheCallerNames() {
    Charset gbk = Charset.forName("GBK");
    OutgoingRequest out = outgoing("n=%D6%D0".getBytes(StandardCharsets.US_ASCII));
    assertThat(out.formFields(gbk)).containsEntry("n", "中");
  }
}
