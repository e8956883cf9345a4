/** Fixtures in an {@code internal} package, for the checks in {@code io.github.ampark.core.testing}. */
package io.github.ampark.core.testing.internal;
