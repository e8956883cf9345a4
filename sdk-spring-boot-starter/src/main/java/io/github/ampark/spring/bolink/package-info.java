/** Bolink's auto-configuration: {@code ampark.bolink.*}, tenants, customizer, callback endpoint. */
package io.github.ampark.spring.bolink;
