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
 * One {@code recipientSettingItems[]} entry of 1.5 模板消息推送.
 *
 * <pre>{@code
 * RecipientSetting.builder().orgCode("ORG-1").addToUsers(user).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"ccUser", "orgCode", "orgType", "toUser"})
@JsonDeserialize(as = ImmutableRecipientSetting.class)
public abstract class RecipientSetting {
  RecipientSetting() {}

  /**
   * Who is copied; wire {@code ccUser}, or {@code null} (left out).
   *
   * @return who is copied, or {@code null} when left out
   */
  @JsonProperty("ccUser")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable MessageUser ccUser();

  /**
   * Organisation code; wire {@code orgCode}, or {@code null} (left out).
   *
   * @return organisation code, or {@code null} when left out
   */
  @JsonProperty("orgCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String orgCode();

  /**
   * Organisation type code (values UNKNOWN); wire {@code orgType}, or {@code null} (left out).
   *
   * @return organisation type code (values UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("orgType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String orgType();

  /**
   * Who receives it; wire {@code toUser}.
   *
   * @return who receives it
   */
  @JsonProperty("toUser")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<MessageUser> toUsers();

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
    Fields.optionalText("orgCode", orgCode());
    Fields.optionalText("orgType", orgType());
    Fields.extras(extraFields(), "ccUser", "orgCode", "orgType", "toUser");
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

  /** Builder for {@link RecipientSetting}. */
  public static final class Builder extends ImmutableRecipientSetting.Builder {}
}
