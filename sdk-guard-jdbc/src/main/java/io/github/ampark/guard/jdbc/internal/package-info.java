/** Implementation of the JDBC duplicate guard: key storage and owner tokens. Not public API. */
package io.github.ampark.guard.jdbc.internal;
