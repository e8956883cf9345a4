package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.yinli.internal.Fields;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of 1.5 模板消息推送 ({@code POST /openapi/message/send/template}), served by Yinli.
 * {@code pickChannels} are channel numbers with unpublished meaning, sent as given.
 *
 * <pre>{@code
 * TemplateMessage.builder().messageTheme("ELEC_BILL").putExtendedParams("month", "2025-04")
 *     .addPickChannels(1).addRecipients(recipient).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"extendedParams", "messageTheme", "pickChannels", "recipientList"})
@JsonDeserialize(as = ImmutableTemplateMessage.class)
public abstract class TemplateMessage {
  TemplateMessage() {}

  /**
   * Template parameters, sent as a JSON object of strings; wire {@code extendedParams}.
   *
   * @return template parameters, sent as a JSON object of strings
   */
  @JsonProperty("extendedParams")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> extendedParams();

  /**
   * The template theme (required); wire {@code messageTheme}.
   *
   * @return the template theme
   */
  @JsonProperty("messageTheme")
  public abstract String messageTheme();

  /**
   * Channel numbers (values UNKNOWN); wire {@code pickChannels}.
   *
   * @return channel numbers (values UNKNOWN)
   */
  @JsonProperty("pickChannels")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Integer> pickChannels();

  /**
   * Who receives the message and how, wire {@code recipientList}.
   *
   * @return the recipients, possibly empty
   */
  @JsonProperty("recipientList")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<MessageRecipient> recipients();

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
    Fields.text("messageTheme", messageTheme());
    Fields.extras(extraFields(), "extendedParams", "messageTheme", "pickChannels", "recipientList");
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

  /** Builder for {@link TemplateMessage}. */
  public static final class Builder extends ImmutableTemplateMessage.Builder {}
}
