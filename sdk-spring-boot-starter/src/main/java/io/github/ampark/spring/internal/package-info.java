/** Implementation of the starter (conditions, endpoints, health); not an API. */
package io.github.ampark.spring.internal;
