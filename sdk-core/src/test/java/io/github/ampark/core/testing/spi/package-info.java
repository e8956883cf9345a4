/** Fixtures in an {@code spi} package, for the checks in {@code io.github.ampark.core.testing}. */
package io.github.ampark.core.testing.spi;
