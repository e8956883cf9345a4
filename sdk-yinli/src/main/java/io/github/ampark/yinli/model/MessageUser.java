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
 * A recipient or copied user in 1.5 模板消息推送 ({@code ccUser}, {@code toUser[]}). Codes
 * ({@code idType}) have unpublished values and are sent as given.
 *
 * <pre>{@code
 * MessageUser.builder().idType("1").addIdentities("13800000000").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"clientId", "idType", "identities", "identityList"})
@JsonDeserialize(as = ImmutableMessageUser.class)
public abstract class MessageUser {
  MessageUser() {}

  /**
   * Client id; wire {@code clientId}, or {@code null} (left out).
   *
   * @return client id, or {@code null} when left out
   */
  @JsonProperty("clientId")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String clientId();

  /**
   * Identity type code (values UNKNOWN); wire {@code idType}, or {@code null} (left out).
   *
   * @return identity type code (values UNKNOWN), or {@code null} when left out
   */
  @JsonProperty("idType")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String idType();

  /**
   * The user's identities (format UNKNOWN), wire {@code identities}; each not
   * blank.
   *
   * @return the identities, possibly empty
   */
  @JsonProperty("identities")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> identities();

  /**
   * The user's identities with display names, wire {@code identityList}.
   *
   * @return the identities, possibly empty
   */
  @JsonProperty("identityList")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<UserIdentity> identityList();

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
    Fields.optionalText("clientId", clientId());
    Fields.optionalText("idType", idType());
    Fields.texts("identities", identities());
    Fields.extras(extraFields(), "clientId", "idType", "identities", "identityList");
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

  /** Builder for {@link MessageUser}. */
  public static final class Builder extends ImmutableMessageUser.Builder {}
}
