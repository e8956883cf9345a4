package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signed raw hatch (E1–E14, D22): signed like typed calls, envelope checked, system fields refused. */
class RawRequestTest extends WireTestBase {

  @Test
  void getSignsTheQueryLikeATypedCall() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"title\":\"ACME\"}}");
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("device_num", "18000001");
    RawResponse r = client.raw().get("open/invoice/getInvoiceTitle", q);
    assertGet(take(), "/open/invoice/getInvoiceTitle?device_num=18000001&app_id=3aa6943fd3e78e&timestamp=1744285110",
        "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110");
    assertThat(r.data().path("title").asText()).isEqualTo("ACME");
  }

  @Test
  void getWithAListRepeatsTheKey() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":[]}");
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("device_nums[]", Arrays.asList("1", "2"));
    client.raw().get("open/device/list", q);
    assertGet(take(), "/open/device/list?device_nums%5B%5D=1&device_nums%5B%5D=2&app_id=3aa6943fd3e78e&timestamp=1744285110",
        "app_id=3aa6943fd3e78e&device_nums[]=[\"1\",\"2\"]&timestamp=1744285110");
  }

  @Test
  void jsonPostsGetTheSignedFieldsAsTheLastMembers() throws Exception {
    answer(OK);
    client.raw().execute(RawRequest.post("/open/device/restart").json("{\"device_num\":\"18000001\"}").build());
    assertJson(take(), "/open/device/restart",
        "{\"device_num\":\"18000001\",\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110");
  }

  @Test
  void multipartPostsGetTheSignedFieldsAsTheLastParts() throws Exception {
    answer(OK);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("device_num", "18000001");
    f.put("coin", "100");
    String given = "b0undary";
    byte[] body = Independent.multipart(given, fields("device_num", "18000001", "coin", "100")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    client.raw().execute(RawRequest.post("open/device/setOfflineProfit")
        .body(body, okhttp3.MediaType.get("multipart/form-data; boundary=" + given)).build());
    mockwebserver3.RecordedRequest r = take();
    String type = r.getHeaders().get("Content-Type");
    String boundary = type.substring(type.indexOf("boundary=") + 9);
    assertThat(r.getBody().utf8()).isEqualTo(Independent.multipart(boundary, fields("device_num", "18000001", "coin", "100",
        "app_id", Independent.APP_ID, "timestamp", "1744285110",
        "sign", Independent.hmac("app_id=3aa6943fd3e78e&coin=100&device_num=18000001&timestamp=1744285110"))));
  }

  @Test
  void anErrorEnvelopeIsAnApiException() {
    answer("{\"code\":2,\"message\":\"no such path\"}");
    assertThatThrownBy(() -> client.raw().get("open/x", new LinkedHashMap<>()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("2"));
  }

  @Test
  void theClientsOwnFieldsAreRefusedBeforeSending() {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("sign", "x");
    assertThatThrownBy(() -> client.raw().get("open/x", q)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> client.raw().execute(RawRequest.post("open/x").json("{\"timestamp\":1}").build()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> client.raw().execute(RawRequest.post("open/x").json("[1]").build()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> client.raw().execute(RawRequest.post("open/x").build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("body"));
    assertThat(server.getRequestCount()).isZero();
  }
}
