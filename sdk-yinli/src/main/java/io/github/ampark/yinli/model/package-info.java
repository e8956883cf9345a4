/**
 * Yinli's requests, results, inbound calls and replies: immutable values with builders. Field
 * names follow Yinli's wire names except where the vendor's are unreadable ({@code rtLIst},
 * {@code mUsed}); money and readings are {@code BigDecimal} in plain notation with the unit
 * UNKNOWN; codes and dates are text in the pattern your peer gives you.
 */
package io.github.ampark.yinli.model;
