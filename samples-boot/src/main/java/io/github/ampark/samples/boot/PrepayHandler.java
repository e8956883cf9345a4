package io.github.ampark.samples.boot;

import io.github.ampark.bolink.BolinkHandler;
import io.github.ampark.bolink.model.BolinkReply;
import io.github.ampark.bolink.model.PrepayOrderEvent;
import io.github.ampark.spring.CallbackTenant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The application's code for Bolink's callbacks: records each prepaid order (here in a list; a real
 * application writes its database) and acknowledges it. The starter's endpoint has already verified
 * the signature with the park's key and makes sure each event reaches this code once across all
 * instances.
 */
@Component
public class PrepayHandler implements BolinkHandler {
  private final List<String> handled = new CopyOnWriteArrayList<>();

  @Override
  public BolinkReply onPrepayOrder(PrepayOrderEvent event) {
    handled.add(CallbackTenant.current().orElse("?") + "/" + event.tradeNo());
    return BolinkReply.success("received");
  }

  /** @return every prepayment this instance handled, as {@code <park>/<trade_no>} */
  public List<String> handled() {
    return List.copyOf(handled);
  }
}
