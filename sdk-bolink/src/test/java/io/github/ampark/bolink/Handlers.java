package io.github.ampark.bolink;

import io.github.ampark.bolink.model.BolinkEvent;
import io.github.ampark.bolink.model.BolinkReply;
import java.util.function.Function;

/** Test handlers. */
final class Handlers {
  private Handlers() {}

  /** A handler answering every event kind with {@code f} (through {@link BolinkHandler#otherwise}). */
  static BolinkHandler every(Function<BolinkEvent, BolinkReply> f) {
    return new BolinkHandler() {
      @Override
      public BolinkReply otherwise(BolinkEvent event) {
        return f.apply(event);
      }
    };
  }
}
