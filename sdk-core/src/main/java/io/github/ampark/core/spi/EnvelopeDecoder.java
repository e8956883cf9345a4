package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a vendor's response envelope into its data, or into a typed exception (for module
 * authors). Called for every response, whatever its HTTP status, so errors inside HTTP 200 are
 * caught.
 *
 * <pre>{@code
 * EnvelopeDecoder wikeyun = ctx -> {
 *   JsonNode env = ctx.json();
 *   String code = ctx.requiredText(env, "code");
 *   if (!"0000".equals(code)) throw ctx.apiError(code, env.path("msg").asText(null), null);
 *   return env.path("data");
 * };
 * }</pre>
 *
 * <p>If the HTTP status is not 2xx and the decoder returns normally, the pipeline still throws an
 * {@link io.github.ampark.core.ApiException} for the status.
 */
@FunctionalInterface
public interface EnvelopeDecoder {
  /**
   * The envelope's data ({@code NullNode} or {@code MissingNode} when there is none).
   *
   * @param response the response, with helpers to build exceptions
   * @return the envelope's data ({@code NullNode} or {@code MissingNode} when there is none)
   * @throws io.github.ampark.core.ApiException for an error envelope
   * @throws io.github.ampark.core.ResponseFormatException for an undecodable one
   */
  JsonNode decode(ResponseContext response);
}
