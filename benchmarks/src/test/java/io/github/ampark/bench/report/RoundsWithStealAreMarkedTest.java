package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundsWithStealAreMarkedTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void aRoundAtOrAboveTheMarkShowsItsStealAndTheOthersDoNot() throws Exception {
    String s = Report.byRound(json("[123.3, 270.7, 420.5]"), json("[0.4, 5.0, 18.26]"), ", ",
        v -> String.format(Locale.ROOT, "%.1f", v));
    assertThat(s).isEqualTo("123.3, 270.7 (steal 5 %), 420.5 (steal 18 %)");
  }

  @Test
  void roundsWithoutAStealReadingAreNotMarked() throws Exception {
    assertThat(Report.byRound(json("[1.0, 2.0]"), json("[-1, null]"), " / ", v -> String.format(Locale.ROOT, "%.0f", v)))
        .isEqualTo("1 / 2");
    assertThat(Report.byRound(json("[1.0, 2.0]"), json("null").path("x"), " / ", v -> String.format(Locale.ROOT, "%.0f", v)))
        .isEqualTo("1 / 2");
  }
}
