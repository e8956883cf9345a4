/** Wikeyun's auto-configuration: {@code ampark.wikeyun.*}, tenants, customizer, callback endpoint. */
package io.github.ampark.spring.wikeyun;
