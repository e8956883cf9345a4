/**
 * {@link io.github.ampark.testkit.wanzhuang.FakeWanzhuang}, an in-process Wanzhuang (万庄) wz-open
 * platform for contract tests: devices, ports, charges, signatures, callbacks and faults.
 *
 * <pre>{@code
 * try (FakeWanzhuang fake = FakeWanzhuang.start()) {
 *   fake.seedDevice("18000001", 4, 2);
 * }
 * }</pre>
 */
package io.github.ampark.testkit.wanzhuang;
