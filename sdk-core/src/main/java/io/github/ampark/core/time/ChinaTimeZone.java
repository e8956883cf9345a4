package io.github.ampark.core.time;

import java.time.ZoneId;

/**
 * Holds {@link TimeFormat#SHANGHAI}, China Standard Time, which {@link TimeFormat} inherits from
 * here.
 *
 * <p>The constant lives in this interface rather than in {@code TimeFormat} itself so that using a
 * {@code TimeFormat} does not read the JDK's time-zone database: a class does not initialise the
 * interfaces it implements, so {@code ZoneId.of("Asia/Shanghai")} runs only when something reads
 * {@code SHANGHAI} (or a {@code TimeFormat} path that needs the zone rules, such as a Shanghai
 * time before 1992). Read it as {@code TimeFormat.SHANGHAI} or {@code ChinaTimeZone.SHANGHAI}; both
 * are the same object.
 */
public interface ChinaTimeZone {
  /** China Standard Time, {@code ZoneId.of("Asia/Shanghai")}. */
  ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
}
