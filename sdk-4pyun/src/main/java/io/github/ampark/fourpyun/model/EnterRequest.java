package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * A car entered the park ({@code POST parking/internal/enter}, multipart). P云 ignores a repeated
 * {@code parkingSerial}, so the SDK may resend an entry after a lost answer.
 *
 * <pre>{@code
 * client.enter(EnterRequest.builder()
 *     .parkingSerial("E20240601-0001").plate("粤B12345").plateColor(PlateColor.BLUE)
 *     .enterTime(Instant.now()).carType(CarType.TEMPORARY).carDesc("临停").chargeType("1")
 *     .enterGate("东门入口").enterImage(ImageFile.of(jpegBytes))
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class EnterRequest implements Passage {
  @Override
  @Value.Redacted
  public abstract @Nullable String idcardNo();

  /**
   * Fields this SDK has no typed property for (real traffic carries more than the documents):
   * wire name → raw text, signed and sent like the rest — among a form's fields in name order;
   * after the typed fields of
   * a JSON object, in name order. Names are 1–64 of {@code [A-Za-z0-9_.-]}, never {@code sign} nor
   * a field the request already sets. Empty by default.
   *
   * @return fields this SDK has no typed property for (real traffic carries more than the
   *     documents): wire name → raw text, signed and sent like the rest — among a form's fields in
   *     name order
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    ModelChecks.extraFields(extraFields());
    ModelChecks.passage(this);
  }

  /**
   * A builder that starts from this value, to change a few fields of a copy.
   *
   * @return a builder holding this request
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from(this);
    return b;
  }

  /**
   * Starts an empty {@code EnterRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EnterRequest}. */
  public static final class Builder extends ImmutableEnterRequest.Builder {}
}
