package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A car park's public information, for 2.1 发布停车场信息 ({@code /unionapi/newpark/addpark}) and
 * 2.2 更新停车场信息 ({@code /unionapi/newpark/updatepark}). The spec's vector BV1 is 2.1's official
 * example and is reproduced by this type:
 *
 * <pre>{@code
 * client.parks().addPark(ParkInfoRequest.builder()
 *     .parkId("1001").name("北京上地三街9号院停车场").address("北京上地三街9号").phone("139000334443")
 *     .lng(new BigDecimal("123.994449")).cityId(110000).lat(new BigDecimal("332.466666"))
 *     .totalPlot(90).emptyPlot(56).priceDesc("2元每小时").rand("0.210354312785198048")
 *     .build());
 * }</pre>
 *
 * <p>Fields are sent in the example's order (park_id, name, address, phone, lng, city_id, lat,
 * total_plot, empty_plot, union_id, price_desc, rand) with the wire types it shows ({@code lng} and
 * {@code lat} as text, {@code city_id} and the plot counts as numbers); the other listed fields
 * ({@code mobile} after {@code phone}, {@code remark} after {@code price_desc}) are sent as text,
 * their type not being shown by the example. {@code server_id} and {@code docking_type} are not
 * typed (their types are not published): send them as extra fields. 2.2's {@code type} (1 or 2,
 * meaning not published) is sent last, when set. The coordinates are not range-checked: the
 * official example itself has a latitude of 332.466666.
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkInfoRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * The car park's name ({@code name}).
   *
   * @return the car park's name
   */
  public abstract String name();

  /**
   * {@code address}. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code address}, or {@code null}
   */
  public abstract @Nullable String address();

  /**
   * {@code phone}. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code phone}, or {@code null}
   */
  public abstract @Nullable String phone();

  /**
   * {@code mobile}. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code mobile}, or {@code null}
   */
  public abstract @Nullable String mobile();

  /**
   * Longitude, sent as plain text ({@code lng}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return longitude, sent as plain text, or {@code null}
   */
  public abstract @Nullable BigDecimal lng();

  /**
   * The city code, e.g. 110000 ({@code city_id}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return the city code, e.g. 110000, or {@code null}
   */
  public abstract @Nullable Long cityId();

  /**
   * Latitude, sent as plain text ({@code lat}). Optional: {@code null} (the default) leaves it out.
   *
   * @return latitude, sent as plain text, or {@code null}
   */
  public abstract @Nullable BigDecimal lat();

  /**
   * Spaces in all ({@code total_plot}). Optional: {@code null} (the default) leaves it out.
   *
   * @return spaces in all, or {@code null}
   */
  public abstract @Nullable Integer totalPlot();

  /**
   * Free spaces now ({@code empty_plot}). Optional: {@code null} (the default) leaves it out.
   *
   * @return free spaces now, or {@code null}
   */
  public abstract @Nullable Integer emptyPlot();

  /**
   * The tariff in words ({@code price_desc}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the tariff in words, or {@code null}
   */
  public abstract @Nullable String priceDesc();

  /**
   * {@code remark}. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code remark}, or {@code null}
   */
  public abstract @Nullable String remark();

  /**
   * A random text the example carries ({@code rand}); left out when not set. Optional: {@code null}
   * (the default) leaves it out.
   *
   * @return a random text the example carries, or {@code null}
   */
  public abstract @Nullable String rand();

  /**
   * The payment type ({@code type}) of 2.2 (1 or 2 in the document; meaning not published); ignored
   * by 2.1.
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the payment type of 2.2 (1 or 2 in the document; meaning not published), or {@code null}
   */
  public abstract @Nullable Integer updateType();

  /**
   * Fields the document does not list (or does not type), sent after the documented ones in this
   * order.
   *
   * @return fields the document does not list (or does not type), sent after the documented ones in
   *     this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("name", name());
    if (lng() != null) {
      Validation.decimal("lng", lng(), 12, new BigDecimal("999"));
    }
    if (lat() != null) {
      Validation.decimal("lat", lat(), 12, new BigDecimal("999"));
    }
    if (totalPlot() != null) {
      Checks.notNegative("totalPlot", totalPlot());
    }
    if (emptyPlot() != null) {
      Checks.notNegative("emptyPlot", emptyPlot());
    }
    Validation.extraFields(extraFields());
  }

  /**
   * Starts an empty {@code ParkInfoRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkInfoRequest}. */
  public static final class Builder extends ImmutableParkInfoRequest.Builder {}
}
