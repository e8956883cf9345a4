/** Wanzhuang's auto-configuration: {@code ampark.wanzhuang.*}, tenants, customizer. */
package io.github.ampark.spring.wanzhuang;
