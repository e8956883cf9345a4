/** The sample Spring Boot application (not published). */
package io.github.ampark.samples.boot;
