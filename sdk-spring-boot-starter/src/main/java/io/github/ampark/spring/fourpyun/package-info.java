/** FourPyun's auto-configuration: {@code ampark.fourpyun.*}, tenants, customizer, callback endpoint. */
package io.github.ampark.spring.fourpyun;
