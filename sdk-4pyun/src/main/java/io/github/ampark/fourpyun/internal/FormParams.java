package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.ValidationException;
import io.github.ampark.fourpyun.FourPyunSigner;
import io.github.ampark.fourpyun.model.ImageFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * The parameters of one form request, sorted by name as 4pyun's own demos send them. {@code null}
 * and empty values are left out of the body and, therefore, of the signature. Image files become
 * multipart file parts whose {@code *_image_hash} is an ordinary (signed) parameter. Extra fields
 * take their place in the same name order.
 *
 * <p>The request is signed here, from these fields, and its body built once: {@link
 * #signed(FourPyunSigner)} for a form or query ({@code sign} last), {@link
 * #multipart(FourPyunSigner)} for a multipart body (text parts, file parts, then {@code sign}). No
 * body is ever decoded to be signed.
 */
public final class FormParams {
  private static final MediaType TEXT = MediaType.get("text/plain; charset=UTF-8");

  private final TreeMap<String, String> values = new TreeMap<>();
  private final List<String> fileParts = new ArrayList<>();
  private final List<ImageFile> files = new ArrayList<>();

  /** @param name parameter name @param value raw value, skipped when null or empty @return this */
  public FormParams put(String name, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      values.put(name, value);
    }
    return this;
  }

  /** @param name parameter name @param value a number, skipped when null @return this */
  public FormParams put(String name, @Nullable Number value) {
    return put(name, Wire.number(value));
  }

  /**
   * @param name parameter name
   * @param field the Java field, for the error when the value is UNKNOWN
   * @param value a coded enum, skipped when null
   * @return this
   */
  public FormParams put(String name, String field, @Nullable CodedEnum value) {
    return put(name, Wire.code(field, value));
  }

  /** @param name parameter name @param time sent as epoch milliseconds @return this */
  public FormParams millis(String name, @Nullable Instant time) {
    return put(name, Wire.millis(time));
  }

  /** @param name parameter name @param time sent as UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'} @return this */
  public FormParams iso(String name, @Nullable Instant time) {
    return put(name, Wire.iso(time));
  }

  /**
   * An uploaded file: a file part named {@code filePart} plus its MD5 in {@code hashParam}.
   *
   * @param filePart part name, e.g. {@code enter_image_file}
   * @param hashParam hash parameter, e.g. {@code enter_image_hash}
   * @param file the file, skipped when null
   * @return this
   */
  public FormParams file(String filePart, String hashParam, @Nullable ImageFile file) {
    if (file != null) {
      put(hashParam, file.md5());
      fileParts.add(filePart);
      files.add(file);
    }
    return this;
  }

  /**
   * Adds the request's extra fields (signed and sent like the rest, in name order).
   *
   * @param extra name → raw value
   * @return this
   * @throws ValidationException if an extra field repeats a field the request already sets
   */
  public FormParams extra(Map<String, String> extra) {
    for (Map.Entry<String, String> e : extra.entrySet()) {
      if (values.containsKey(e.getKey()) || fileParts.contains(e.getKey())) {
        throw new ValidationException("extraFields[" + e.getKey() + "]", "repeats a field the request already sets");
      }
      put(e.getKey(), e.getValue());
    }
    return this;
  }

  /** The parameters (sorted, unmodifiable), unsigned. */
  public Map<String, String> values() {
    return Collections.unmodifiableMap(values);
  }

  /**
   * @param signer the client's signer
   * @return the parameters in name order followed by their {@code sign}, as sent
   */
  public Map<String, String> signed(FourPyunSigner signer) {
    Map<String, String> out = new LinkedHashMap<>(values);
    out.put("sign", signer.formSign(values));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The parameters, files and {@code sign} as a multipart body; text parts are UTF-8 {@code
   * text/plain}.
   *
   * @param signer the client's signer
   * @return the body, built once
   */
  public RequestBody multipart(FourPyunSigner signer) {
    MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
    for (Map.Entry<String, String> e : values.entrySet()) {
      b.addPart(MultipartBody.Part.createFormData(e.getKey(), null, RequestBody.create(e.getValue(), TEXT)));
    }
    for (int i = 0; i < files.size(); i++) {
      ImageFile f = files.get(i);
      b.addFormDataPart(fileParts.get(i), f.fileName(), RequestBody.create(f.content(), MediaType.get(f.contentType())));
    }
    b.addPart(MultipartBody.Part.createFormData("sign", null, RequestBody.create(signer.formSign(values), TEXT)));
    return b.build();
  }
}
