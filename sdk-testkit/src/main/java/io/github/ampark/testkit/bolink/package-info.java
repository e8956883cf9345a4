/**
 * {@link io.github.ampark.testkit.bolink.FakeBolink}: an in-process Bolink that verifies
 * signatures with its own, independent fastjson-like code ({@code FastJson}), for contract tests.
 */
package io.github.ampark.testkit.bolink;
