package io.github.ampark.yinli.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.internal.Fields;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One identity of a message user in 1.5 模板消息推送 ({@code identityList[]}).
 *
 * <pre>{@code
 * UserIdentity.builder().identity("13800000000").identityName("张三").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonPropertyOrder({"identity", "identityName"})
@JsonDeserialize(as = ImmutableUserIdentity.class)
public abstract class UserIdentity {
  UserIdentity() {}

  /**
   * The identity (required); wire {@code identity}.
   *
   * @return the identity
   */
  @JsonProperty("identity")
  public abstract String identity();

  /**
   * Its display name; wire {@code identityName}, or {@code null} (left out).
   *
   * @return its display name, or {@code null} when left out
   */
  @JsonProperty("identityName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public abstract @Nullable String identityName();

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
    Fields.text("identity", identity());
    Fields.optionalText("identityName", identityName());
    Fields.extras(extraFields(), "identity", "identityName");
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

  /** Builder for {@link UserIdentity}. */
  public static final class Builder extends ImmutableUserIdentity.Builder {}
}
