/** Money conversions between the vendors' units (fen, yuan) without floating point. */
package io.github.ampark.core.money;
