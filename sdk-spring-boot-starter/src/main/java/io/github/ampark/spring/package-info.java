/**
 * The Ampark Spring Boot starter: clients per vendor and tenant from {@code ampark.<vendor>.*}
 * ({@link io.github.ampark.spring.AmparkTenants}, {@link io.github.ampark.spring.TenantLookup}),
 * customizers, the shared duplicate guard ({@link io.github.ampark.spring.AmparkProperties}) and
 * callback endpoints. See docs/spring-boot.md.
 */
package io.github.ampark.spring;
