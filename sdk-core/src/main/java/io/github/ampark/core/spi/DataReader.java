package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the {@code data} of a vendor's answer into a typed result by hand, in place of Jackson's
 * data binding (for module authors). Register one per result type with {@link
 * VendorSpec.Builder#reader(Class, DataReader)}; a result type without one is bound by the spec's
 * {@link VendorSpec#mapper() mapper} as before.
 *
 * <p>Why: binding an answer to an annotated type makes Jackson introspect that type on first use
 * (about 140 more Jackson classes and tens of milliseconds before a client's first call) and walk
 * the tree through a token stream on every call. A reader over the tree does neither, and reads the
 * same on every Jackson version a user brings. Build readers from {@link AnswerFields}, which reads
 * each scalar as {@link AmparkJson#newMapper()} binds it, and pin each reader against Jackson's
 * binding with a differential test.
 *
 * <pre>{@code
 * VendorSpec.builder("acme")
 *     ...
 *     .reader(Order.class, data -> Order.builder()
 *         .orderNo(AnswerFields.required("order_no", AnswerFields.text(data, "order_no")))
 *         .amountYuan(AnswerFields.decimal(data, "amount"))
 *         .build())
 * }</pre>
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface DataReader<T> {
  /**
   * Reads a result.
   *
   * @param data the answer's data as the envelope decoder returned it: never {@code null}, JSON
   *     {@code null} or missing (the pipeline refuses those before), but possibly not an object
   * @return the result, never {@code null}
   * @throws AnswerFields.Mismatch when data does not fit the type (the pipeline turns it, and any
   *     {@link IllegalArgumentException} or {@link io.github.ampark.core.AmparkException}, into a
   *     {@link io.github.ampark.core.ResponseFormatException} carrying the answer)
   */
  T read(JsonNode data);
}
