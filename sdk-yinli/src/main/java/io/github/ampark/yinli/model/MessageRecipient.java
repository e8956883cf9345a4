package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.internal.Fields;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One {@code recipientList[]} entry of 1.5 模板消息推送.
 *
 * <pre>{@code
 * MessageRecipient.builder().code("R1").addSettings(setting).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"code", "recipientSettingItems"})
@JsonDeserialize(as = ImmutableMessageRecipient.class)
public abstract class MessageRecipient {
  MessageRecipient() {}

  /**
   * Recipient code; wire {@code code}, or {@code null} (left out).
   *
   * @return recipient code, or {@code null} when left out
   */
  @JsonProperty("code")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String code();

  /**
   * Who receives it and how; wire {@code recipientSettingItems}.
   *
   * @return who receives it and how
   */
  @JsonProperty("recipientSettingItems")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RecipientSetting> settings();

  /**
   * Fields Yinli's page does not list, sent as JSON strings after the listed ones, in insertion
   * order (names must differ from the listed ones). Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
   */
  @JsonAnyGetter
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Fields.optionalText("code", code());
    Fields.extras(extraFields(), "code", "recipientSettingItems");
  }

  /**
   * Starts a value; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MessageRecipient}. */
  public static final class Builder extends ImmutableMessageRecipient.Builder {}
}
