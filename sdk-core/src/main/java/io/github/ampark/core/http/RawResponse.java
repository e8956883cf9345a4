package io.github.ampark.core.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ResponseFormatException;
import java.io.IOException;
import okhttp3.Headers;

/**
 * The decoded answer to a raw request: the vendor's whole envelope and its data, after the
 * vendor's success check (an error envelope is thrown as {@link io.github.ampark.core.ApiException}
 * before you get here).
 */
public final class RawResponse {
  private final String vendor;
  private final String operation;
  private final int httpStatus;
  private final Headers headers;
  private final JsonNode envelope;
  private final JsonNode data;
  private final ObjectMapper mapper;

  /**
   * Builds a decoded envelope (for the pipeline and for tests of code that consumes raw answers).
   *
   * @param vendor vendor name
   * @param operation operation name
   * @param httpStatus HTTP status
   * @param headers response headers
   * @param envelope the whole decoded envelope, or {@code null}
   * @param data the envelope's data part
   * @param mapper the mapper used by {@code dataAs}
   */
  public RawResponse(
      String vendor,
      String operation,
      int httpStatus,
      Headers headers,
      @Nullable JsonNode envelope,
      JsonNode data,
      ObjectMapper mapper) {
    this.vendor = vendor;
    this.operation = operation;
    this.httpStatus = httpStatus;
    this.headers = headers;
    this.envelope = envelope == null ? MissingNode.getInstance() : envelope;
    this.data = data;
    this.mapper = mapper;
  }

  /**
   * The HTTP status of the answer, e.g. {@code 200}.
   *
   * @return HTTP status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The HTTP headers of the answer.
   *
   * @return response headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The whole decoded envelope ({@code MissingNode} if the body was not JSON).
   *
   * @return the whole decoded envelope ({@code MissingNode} if the body was not JSON)
   */
  public JsonNode envelope() {
    return envelope;
  }

  /**
   * The envelope's data ({@code NullNode} or {@code MissingNode} when there is none).
   *
   * @return the envelope's data ({@code NullNode} or {@code MissingNode} when there is none)
   */
  public JsonNode data() {
    return data;
  }

  /**
   * The envelope's data mapped to {@code type} with the client's Jackson mapper (unknown fields
   * ignored).
   *
   * @param type target type
   * @param <T> target type
   * @return the mapped data
   * @throws ResponseFormatException if it does not fit
   */
  public <T> T dataAs(Class<T> type) {
    try {
      return mapper.readerFor(type).readValue(mapper.treeAsTokens(data));
    } catch (IOException | IllegalArgumentException e) {
      throw new ResponseFormatException(vendor, operation, httpStatus, "data does not fit " + type.getSimpleName(), "", e);
    }
  }

  /**
   * The envelope's data mapped to a generic type (such as {@code List<Order>}) with the client's
   * Jackson mapper.
   *
   * @param type target type
   * @param <T> target type
   * @return the mapped data
   */
  public <T> T dataAs(TypeReference<T> type) {
    try {
      return mapper.readerFor(type).readValue(mapper.treeAsTokens(data));
    } catch (IOException | IllegalArgumentException e) {
      throw new ResponseFormatException(vendor, operation, httpStatus, "data does not fit " + type.getType(), "", e);
    }
  }

  @Override
  public String toString() {
    return "RawResponse{" + vendor + " " + operation + ", HTTP " + httpStatus + "}";
  }
}
