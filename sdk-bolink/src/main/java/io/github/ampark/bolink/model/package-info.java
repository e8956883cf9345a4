/**
 * Bolink's immutable values: requests (every one can carry extra fields), results, callback events
 * and replies, open enums (an {@code UNKNOWN} constant; requests carry the code itself, so unknown
 * codes are kept and re-sent), and {@link io.github.ampark.bolink.model.RawSigning}, the tag that
 * chooses a raw request's signing family.
 */
package io.github.ampark.bolink.model;
