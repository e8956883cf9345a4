/**
 * For module authors only — the pipeline a vendor module is built on; users of the SDK never need
 * it, and it may change between minor versions. {@link io.github.ampark.core.spi.ClientRuntime}
 * (OkHttp + Retrofit + Jackson with retry, signing and redacted logging), {@link
 * io.github.ampark.core.spi.VendorSpec} with its plug-ins ({@link
 * io.github.ampark.core.spi.RequestSigner}, {@link io.github.ampark.core.spi.EnvelopeDecoder}),
 * the call type {@link io.github.ampark.core.spi.AmparkCall}, the idempotency annotation, keyed
 * operations ({@link io.github.ampark.core.spi.BusinessKeyCalls}, {@link
 * io.github.ampark.core.spi.Reconciliation}), the {@link io.github.ampark.core.spi.Redactor}, JSON
 * helpers, the form/multipart {@link io.github.ampark.core.spi.BodyCodec}, and the base of
 * duplicate guards kept in a shared store, {@link io.github.ampark.core.spi.SharedDuplicateGuard}.
 *
 * <p>Absent values: unlike the user API, where a lookup that may find nothing returns {@code
 * Optional}, lookups here ({@link io.github.ampark.core.spi.AmparkJson#text}, {@code
 * OutgoingRequest.header/annotation/tag}, {@code ResponseContext.annotation}) return a
 * {@code @Nullable} value: they run for every field of every call, and {@code null} avoids an
 * {@code Optional} allocation each time. Zero-argument accessors are {@code @Nullable} here too.
 *
 * <p>This package depends on the user API ({@code core}, {@code core.callback}, {@code core.http},
 * …), never the reverse.
 */
package io.github.ampark.core.spi;
