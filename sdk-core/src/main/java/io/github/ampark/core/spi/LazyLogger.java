package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SLF4J logger resolved on its first use, once. The first {@code LoggerFactory.getLogger} of a
 * JVM finds SLF4J's provider (a {@code ServiceLoader} reading jar manifests, ~35 classes, several
 * milliseconds at start), and most clients never log: the log level is {@code NONE} by default and
 * the pipeline's other lines (a retry, a reconciliation) are rare. So building a client and a call
 * that logs nothing never resolve a logger; the first line really logged (or a check whether it
 * would be, with logging on) does.
 */
final class LazyLogger {
  private final String name;
  private volatile @Nullable Logger logger;

  LazyLogger(String name) {
    this.name = name;
  }

  /** The logger's name (known without resolving it). */
  String name() {
    return name;
  }

  /** The logger, resolved now if this is its first use. */
  Logger get() {
    Logger l = logger;
    if (l == null) {
      synchronized (this) {
        l = logger;
        if (l == null) {
          l = LoggerFactory.getLogger(name);
          logger = l;
        }
      }
    }
    return l;
  }

  /** Whether the logger was resolved (for tests). */
  boolean resolved() {
    return logger != null;
  }
}
