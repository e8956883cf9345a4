/** Implementation of the Redis duplicate guard: key storage, owner tokens and the Lua scripts. Not public API. */
package io.github.ampark.guard.redis.internal;
