package io.github.ampark.bolink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The signer builds the envelope on the body's bytes only when the body's text, as {@code bodyText()}
 * decodes it, is UTF-8: the answer must be exactly OkHttp's charset lookup, only cheaper.
 */
class EnvelopeOnBytesOnlyForUtf8BodiesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "application/json; charset=utf-8 | true",
      "application/json; charset=UTF-8 | true",
      "application/json | true",
      "text/plain; charset=\"utf-8\" | true",
      "application/json; charset=utf8 | true", // an alias: only the charset lookup knows it
      "application/json; charset=GBK | false",
      "application/json; charset=ISO-8859-1 | false",
      "application/json; charset=no-such-charset | true", // unknown: bodyText() falls back to UTF-8
  })
  void aBodyIsUtf8ExactlyWhenOkHttpsCharsetLookupSaysSo(String contentType, boolean utf8) {
    MediaType type = MediaType.get(contentType);
    assertThat(BolinkRequestSigner.isUtf8(type)).isEqualTo(utf8)
        .isEqualTo(StandardCharsets.UTF_8.equals(type.charset(StandardCharsets.UTF_8)));
  }

  @Test
  void aBodyWithoutAContentTypeIsUtf8() {
    assertThat(BolinkRequestSigner.isUtf8(null)).isTrue();
  }
}
