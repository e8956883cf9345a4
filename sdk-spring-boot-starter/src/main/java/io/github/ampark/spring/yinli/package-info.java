/** Yinli's auto-configuration: {@code ampark.yinli.*} (base URL, the 0.1 envelope's choices), tenants, customizers, the 2.x endpoint. */
package io.github.ampark.spring.yinli;
