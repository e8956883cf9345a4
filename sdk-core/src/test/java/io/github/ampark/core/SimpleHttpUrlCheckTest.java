package io.github.ampark.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#httpUrl}'s fast path is hand-written (no regex per call); it must accept exactly
 * what the pattern it replaced accepted, so that together with OkHttp's parser the accepted set of
 * URLs is unchanged.
 */
class SimpleHttpUrlCheckTest {
  /** The pattern the fast path replaced, kept here as the independent reference. */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)https?://[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
          + "(?:[/?#][\\x21-\\x7e]*)?");

  private static void agrees(String url) {
    assertThat(Checks.isSimpleHttpUrl(url)).as(url).isEqualTo(REFERENCE.matcher(url).matches());
  }

  @Test
  void acceptsExactlyWhatTheReplacedPatternAcceptsOnEdgeCases() {
    String l63 = "a" + "b".repeat(61) + "c";
    String[] cases = {
      "http://a", "HTTP://A.CN", "HtTpS://x.y.z/", "https://", "http:/a.cn", "https//a.cn", "httpss://a.cn",
      "https://a.cn?", "https://a.cn#", "https://a.cn/", "https://a.cn/~!", "https://a.cn/ x", "https://a.cn/é",
      "https://a.cn/\u007f", "https://a.cn:8080/", "https://a..cn", "https://.a.cn", "https://a.cn.", "https://-a.cn",
      "https://a-.cn", "https://a-b.cn", "https://a--b.cn", "https://" + l63 + ".cn", "https://" + l63 + "d.cn",
      "https://" + l63, "https://" + l63 + "d", "https://a_b.cn", "https://例子.cn", "https://a.cn\u212a",
      "https://a.cK/", "https://1.2.3.4/n", "https://[::1]/", "https://a.cn/%zz", "https://a.cn?a=1&b=2#f",
      "ftp://a.cn", "", "h", "https://a.cn//", "https://a.cn/\t"
    };
    for (String c : cases) {
      agrees(c);
    }
  }

  @Test
  void acceptsExactlyWhatTheReplacedPatternAcceptsOnRandomUrls() {
    Random random = new Random(16);
    String[] prefixes = {"http://", "https://", "HTTPS://", "hTtP://", "http:/", "https:", "", "ftp://"};
    String alphabet = "aZ09-.-./?#:_ %~\u00e9\u212a\u007f\t";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(20) == 0) { // long labels around the 63 limit
        b.append("a".repeat(60 + random.nextInt(6)));
      }
      agrees(b.toString());
    }
  }
}
