package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A blacklisted vehicle as synced to P云 ({@code ParkingBlacklist} row of
 * {@code parking/internal/blacklist}).
 *
 * <pre>{@code
 * BlacklistEntry b = BlacklistEntry.builder().plate("粤B66666").plateColor(PlateColor.BLUE)
 *     .realname("李四").reason("逃费").status(RecordStatus.ACTIVE).createTime(now).expireTime(now)
 *     .startTime(now).endTime(now.plus(Duration.ofDays(30))).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class BlacklistEntry {
  /**
   * Licence plate ({@code plate}).
   *
   * @return licence plate
   */
  public abstract String plate();

  /**
   * Plate colour ({@code plate_color}).
   *
   * @return plate colour
   */
  public abstract PlateColor plateColor();

  /**
   * Physical card id ({@code card_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return physical card id, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * Owner's name ({@code realname}).
   *
   * @return owner's name
   */
  public abstract String realname();

  /**
   * Why the vehicle is blacklisted ({@code reason}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return why the vehicle is blacklisted, or {@code null}
   */
  public abstract @Nullable String reason();

  /**
   * Active, disabled or deleted ({@code status}).
   *
   * @return active, disabled or deleted
   */
  public abstract RecordStatus status();

  /**
   * When the entry was created ({@code create_time}, epoch milliseconds).
   *
   * @return when the entry was created (epoch milliseconds on the wire)
   */
  public abstract Instant createTime();

  /**
   * When the entry was last updated ({@code expire_time} on the wire, "数据更新时间"; epoch ms).
   *
   * @return when the entry was last updated
   */
  public abstract Instant expireTime();

  /**
   * Start of the ban ({@code start_time}, epoch milliseconds).
   *
   * @return start of the ban (epoch milliseconds on the wire)
   */
  public abstract Instant startTime();

  /**
   * End of the ban ({@code end_time}, epoch milliseconds).
   *
   * @return end of the ban (epoch milliseconds on the wire)
   */
  public abstract Instant endTime();

  /**
   * Operator ({@code operator}). Optional: {@code null} (the default) leaves it out.
   *
   * @return operator, or {@code null}
   */
  public abstract @Nullable String operator();

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
    Checks.notBlank("plate", plate());
    ModelChecks.known("plateColor", plateColor());
    Checks.notBlank("realname", realname());
    ModelChecks.known("status", status());
    if (endTime().isBefore(startTime())) {
      throw new ValidationException("endTime", "must not be before startTime");
    }
  }

  /**
   * Starts an empty {@code BlacklistEntry} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link BlacklistEntry}. */
  public static final class Builder extends ImmutableBlacklistEntry.Builder {}
}
