package io.github.ampark.bench.contenders;

/**
 * One way of making one vendor call, end to end: build the parameters, sign, send, read and check
 * the answer. Implementations must do the same wire work so that their costs compare.
 */
public interface Contender extends AutoCloseable {
  /** {@code ampark}, {@code raw-okhttp}, {@code hutool+fastjson}, {@code fluent-hc+fastjson}. */
  String name();

  /** {@code wikeyun}, {@code 4pyun}, {@code bolink}. */
  String vendor();

  /** One complete call; throws if the vendor's answer is not a success. */
  void call() throws Exception;

  @Override
  default void close() {}
}
