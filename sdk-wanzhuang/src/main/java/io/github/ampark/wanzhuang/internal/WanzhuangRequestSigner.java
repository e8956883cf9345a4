package io.github.ampark.wanzhuang.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.wanzhuang.WanzhuangSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Signs each attempt (not API): {@code app_id}, {@code timestamp} (Unix seconds from the client's
 * clock, fresh per attempt) and {@code sign} go where the business fields are —
 *
 * <ul>
 *   <li>no body (GET): appended to the query string, in that order; repeated keys ({@code
 *       device_nums[]}) are one array parameter for the signature;
 *   <li>JSON: added as the last members of the object ({@code app_id} a string, {@code timestamp} a
 *       number, {@code sign} a string) and the object written again;
 *   <li>multipart: appended as the last three text parts; file parts are not signed;
 *   <li>form-urlencoded (raw requests only): appended as the last three fields.
 * </ul>
 */
public final class WanzhuangRequestSigner implements RequestSigner {
  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<LinkedHashMap<String, Object>>() {};

  private final String appId;
  private final WanzhuangSigner signer;
  private final Clock clock;
  private final ObjectMapper mapper;

  /**
   * @param appId the application id
   * @param signer the signature function
   * @param clock the source of {@code timestamp}
   * @param mapper the client's JSON mapper
   */
  public WanzhuangRequestSigner(String appId, WanzhuangSigner signer, Clock clock, ObjectMapper mapper) {
    this.appId = appId;
    this.signer = signer;
    this.clock = clock;
    this.mapper = mapper;
  }

  @Override
  public void sign(OutgoingRequest request) {
    long ts = clock.instant().getEpochSecond();
    MediaType type = request.contentType();
    byte[] body = request.body();
    if (type == null || body.length == 0 && !"json".equals(type.subtype())) {
      signQuery(request, ts);
    } else if ("json".equals(type.subtype())) {
      signJson(request, body, type, ts);
    } else if ("multipart".equals(type.type())) {
      signMultipart(request, body, type, ts);
    } else {
      signForm(request, ts);
    }
  }

  private void signQuery(OutgoingRequest request, long ts) {
    HttpUrl url = request.url();
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      String name = url.queryParameterName(i);
      if (name.endsWith("[]") && !params.containsKey(name)) {
        params.put(name, new ArrayList<Object>());
      }
      add(params, name, value == null ? "" : value);
    }
    params.put(WanzhuangSigner.APP_ID, appId);
    params.put(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    String sign = signer.sign(params);
    request.addQueryParameter(WanzhuangSigner.APP_ID, appId);
    request.addQueryParameter(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    request.addQueryParameter(WanzhuangSigner.SIGN, sign);
  }

  private void signJson(OutgoingRequest request, byte[] body, MediaType type, long ts) {
    Map<String, Object> fields;
    try {
      fields = body.length == 0 ? new LinkedHashMap<>() : mapper.readValue(body, OBJECT);
      fields.put(WanzhuangSigner.APP_ID, appId);
      fields.put(WanzhuangSigner.TIMESTAMP, ts);
      fields.put(WanzhuangSigner.SIGN, signer.sign(fields));
      request.body(mapper.writeValueAsBytes(fields), type);
    } catch (IOException e) {
      throw new UncheckedIOException("a Wanzhuang JSON body is not one JSON object", e);
    }
  }

  private void signMultipart(OutgoingRequest request, byte[] body, MediaType type, long ts) {
    String boundary = type.parameter("boundary");
    List<MultipartPart> parts = new ArrayList<>(BodyCodec.multipart(body, type.toString()));
    Map<String, Object> params = new LinkedHashMap<>();
    for (MultipartPart p : parts) {
      if (p.fileName() == null) {
        add(params, p.name(), p.text());
      }
    }
    params.put(WanzhuangSigner.APP_ID, appId);
    params.put(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    String sign = signer.sign(params);
    parts.add(text(WanzhuangSigner.APP_ID, appId));
    parts.add(text(WanzhuangSigner.TIMESTAMP, Long.toString(ts)));
    parts.add(text(WanzhuangSigner.SIGN, sign));
    request.body(Multipart.write(boundary, parts), type);
  }

  private void signForm(OutgoingRequest request, long ts) {
    Map<String, Object> params = new LinkedHashMap<>(BodyCodec.form(request.bodyText()));
    params.put(WanzhuangSigner.APP_ID, appId);
    params.put(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    String sign = signer.sign(params);
    String tail = "app_id=" + Bodies.formEncode(appId) + "&timestamp=" + ts + "&sign=" + sign;
    String text = request.bodyText();
    request.body((text.isEmpty() ? tail : text + "&" + tail).getBytes(StandardCharsets.UTF_8), request.contentType());
  }

  private static MultipartPart text(String name, String value) {
    return new MultipartPart(name, null, null, value.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> params, String name, String value) {
    Object prior = params.get(name);
    if (prior == null) {
      params.put(name, value);
    } else if (prior instanceof List) {
      ((List<Object>) prior).add(value);
    } else {
      List<Object> list = new ArrayList<>();
      list.add(prior);
      list.add(value);
      params.put(name, list);
    }
  }
}
