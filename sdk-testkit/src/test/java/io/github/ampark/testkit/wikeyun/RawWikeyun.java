package io.github.ampark.testkit.wikeyun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.signing.Canonicalizer;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Talks to FakeWikeyun in plain HTTP, signing with core's primitives (not the fake's code, not the SDK's signer). */
final class RawWikeyun {
  static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Canonicalizer CANONICAL =
      Canonicalizer.builder().pairSeparator("").keyValueSeparator("").exclude("sign").build();

  private RawWikeyun() {}

  static String sign(String secret, Map<String, String> params) {
    return Digests.md5Hex(CANONICAL.canonicalize(params, secret, secret), HexCase.UPPER);
  }

  static Map<String, String> params(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** POSTs business params as a form, system params and sign in the query, like the SDK. */
  static JsonNode post(FakeWikeyun fake, String path, Map<String, String> business) {
    Map<String, String> system = params("app_key", FakeWikeyun.APP_KEY, "timestamp", "1700000000",
        "client", "127.0.0.1", "format", "json", "v", "1.0");
    Map<String, String> all = new LinkedHashMap<>(business);
    all.putAll(system);
    HttpUrl.Builder url = HttpUrl.get(fake.url(path)).newBuilder();
    system.forEach(url::addQueryParameter);
    url.addQueryParameter("sign", sign(FakeWikeyun.APP_SECRET, all));
    return send(url.build(), business);
  }

  static JsonNode send(HttpUrl url, Map<String, String> form) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    try (Response r = HTTP.newCall(new Request.Builder().url(url).post(body.build()).build()).execute()) {
      return JSON.readTree(r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response call(HttpUrl url, Map<String, String> form) throws IOException {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    return HTTP.newCall(new Request.Builder().url(url).post(body.build()).build()).execute();
  }
}
