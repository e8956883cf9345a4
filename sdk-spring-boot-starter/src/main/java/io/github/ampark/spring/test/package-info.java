/** Test support: {@link io.github.ampark.spring.test.AmparkFakes} points the starter's clients at the testkit fakes. */
package io.github.ampark.spring.test;
