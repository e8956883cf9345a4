/**
 * Internal to sdk-4pyun, not an API: may change in any release. The Retrofit {@code
 * FourPyunService}, the {@code FourPyunRequestSigner} hook (JSON {@code Authorization}), the
 * {@code FourPyunEnvelope} decoder, the {@code Readers} of P云's answers (by hand from the tree, not
 * Jackson's bean binding), the form/row builders that sign from fields, and the callback field
 * reader.
 */
package io.github.ampark.fourpyun.internal;
