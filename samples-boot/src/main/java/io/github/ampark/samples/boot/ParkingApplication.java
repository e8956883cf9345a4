package io.github.ampark.samples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A car park's back office on Spring Boot with the Ampark starter. Everything Ampark is configured in
 * {@code application.properties}: the Bolink client per park ({@code ampark.bolink.tenants.*}), the
 * callback endpoint at {@code /callbacks/bolink/<park>}, and the duplicate guard shared by every
 * instance (Redis or PostgreSQL, whichever is configured). The only code is {@link PrepayHandler}.
 *
 * <p>Run it against a local fake: {@code AMPARK_BOLINK_BASE_URL=http://127.0.0.1:PORT/ java -jar ...}.
 */
@SpringBootApplication
public class ParkingApplication {
  /** @param args Spring Boot arguments */
  public static void main(String[] args) {
    SpringApplication.run(ParkingApplication.class, args);
  }
}
