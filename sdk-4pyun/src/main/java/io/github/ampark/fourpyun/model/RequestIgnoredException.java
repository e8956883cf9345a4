package io.github.ampark.fourpyun.model;

import io.github.ampark.core.ApiException;

/**
 * P云 answered an entry, exit or release with a success code but ignored it: the answer carries a
 * {@code hint}, which P云 uses for a failed signature check ("已忽略当前请求", the hint then echoes
 * the string-to-sign — redacted here). The request had no effect; fix the cause and send it again.
 *
 * <p>4pyun's integration guide suggests treating such answers as success once in production, so a
 * park does not get stuck on one record. Ampark does not guess: catch this exception if you want
 * that.
 *
 * <pre>{@code
 * try {
 *   client.parking().enter(request);
 * } catch (RequestIgnoredException e) {
 *   log.error("4pyun ignored entry {}: {} (seqno {})", serial, e.vendorMessage(), e.requestId());
 * }
 * }</pre>
 */
public class RequestIgnoredException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for an error answer built for P云.
   *
   * @param answer the error built for the response (already redacted), whose details are kept
   */
  public RequestIgnoredException(ApiException answer) {
    super(
        answer.vendor(),
        answer.operation(),
        answer.httpStatus(),
        answer.vendorCode(),
        answer.vendorMessage(),
        answer.requestId(),
        answer.body());
  }
}
