package io.github.ampark.yinli.internal;

import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.yinli.YinliAuthenticator;
import java.util.Collection;
import java.util.Collections;

/** The authenticators the SDK ships (see {@link YinliAuthenticator#none()} and {@link YinliAuthenticator#staticHeader}). */
public final class Authenticators {
  /** Sends requests as they are. */
  public static final YinliAuthenticator NONE = new YinliAuthenticator() {
    @Override
    public void authenticate(OutgoingRequest request) {
      // requests go as they are
    }

    @Override
    public String toString() {
      return "YinliAuthenticator.none()";
    }
  };

  private Authenticators() {}

  /**
   * @param name header name
   * @param value its fixed value
   * @return an authenticator setting that header on every attempt
   */
  public static YinliAuthenticator staticHeader(String name, Secret value) {
    return new YinliAuthenticator() {
      @Override
      public void authenticate(OutgoingRequest request) {
        request.header(name, value.reveal());
      }

      @Override
      public Collection<Secret> secrets() {
        return Collections.singleton(value);
      }

      @Override
      public Collection<String> sensitiveNames() {
        return Collections.singleton(name);
      }

      @Override
      public String toString() {
        return "YinliAuthenticator.staticHeader(" + name + ": ****)";
      }
    };
  }
}
