package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import java.time.Instant;

/**
 * The fields an entry ({@code parking/internal/enter}) and an exit ({@code parking/internal/leave})
 * report share. The exit repeats the entry's data so the platform can match both, and may carry it
 * alone when the entry was never reported.
 *
 * <pre>{@code
 * Passage p = leaveRequest;        // or an EnterRequest
 * String serial = p.parkingSerial();
 * }</pre>
 */
public interface Passage {
  /**
   * Fields without a typed property, signed and sent in name order among the rest.
   *
   * @return fields without a typed property, signed and sent in name order among the rest
   */
  java.util.Map<String, String> extraFields();

  /**
   * Park UUID assigned by P云; {@code null} for the client's default.
   *
   * @return park UUID assigned by P云
   */
  @Nullable
  String parkUuid();

  /**
   * Park merchant number, an alternative to the park UUID ({@code merchant}).
   *
   * @return park merchant number, an alternative to the park UUID
   */
  @Nullable
  String merchant();

  /**
   * The park's own id of this stay, unique per park ({@code parking_serial}); repeats are ignored
   * by P云.
   *
   * @return the park's own id of this stay, unique per park
   */
  String parkingSerial();

  /**
   * Licence plate; {@code null} for a car without one.
   *
   * @return licence plate
   */
  @Nullable
  String plate();

  /**
   * Plate colour.
   *
   * @return plate colour
   */
  PlateColor plateColor();

  /**
   * Kind of plate.
   *
   * @return kind of plate
   */
  @Nullable
  PlateType plateType();

  /**
   * Logical card number ({@code card_no}).
   *
   * @return logical card number
   */
  @Nullable
  String cardNo();

  /**
   * Physical card id ({@code card_id}).
   *
   * @return physical card id
   */
  @Nullable
  String cardId();

  /**
   * When the car entered (sent as epoch milliseconds; must equal the entry report's).
   *
   * @return when the car entered (sent as epoch milliseconds; must equal the entry report's)
   */
  Instant enterTime();

  /**
   * URL of an entry photo reachable from the internet ({@code enter_image}).
   *
   * @return URL of an entry photo reachable from the internet
   */
  @Nullable
  String enterImageUrl();

  /**
   * Entry photo uploaded as a file ({@code enter_image_file} + {@code enter_image_hash}); wins over
   * the URL.
   *
   * @return entry photo uploaded as a file
   */
  @Nullable
  ImageFile enterImage();

  /**
   * Cropped plate photo of the entry ({@code enter_plate_image_file} + hash), for cities that
   * require it.
   *
   * @return cropped plate photo of the entry ({@code enter_plate_image_file} + hash), for cities
   *     that require it
   */
  @Nullable
  ImageFile enterPlateImage();

  /**
   * Entrance name ({@code enter_gate}).
   *
   * @return entrance name
   */
  @Nullable
  String enterGate();

  /**
   * Guard on duty at the entrance ({@code enter_security}).
   *
   * @return guard on duty at the entrance
   */
  @Nullable
  String enterSecurity();

  /**
   * How the park treats the car.
   *
   * @return how the park treats the car
   */
  CarType carType();

  /**
   * Description of the car type, e.g. {@code 临停} ({@code car_desc}).
   *
   * @return description of the car type, e.g. {@code 临停}
   */
  String carDesc();

  /**
   * Body colour.
   *
   * @return body colour
   */
  @Nullable
  CarColor carColor();

  /**
   * The park's charge rule for the car ({@code charge_type}).
   *
   * @return the park's charge rule for the car
   */
  String chargeType();

  /**
   * Vehicle size.
   *
   * @return vehicle size
   */
  @Nullable
  VehicleType vehicleType();

  /**
   * Name on a pass some scenic areas require ({@code idcard_name}).
   *
   * @return name on a pass some scenic areas require
   */
  @Nullable
  String idcardName();

  /**
   * Number of that pass ({@code idcard_no}); redacted in {@code toString()} and logs.
   *
   * @return number of that pass
   */
  @Nullable
  String idcardNo();

  /**
   * Photo URL of that pass ({@code idcard_image}).
   *
   * @return photo URL of that pass
   */
  @Nullable
  String idcardImage();

  /**
   * Why the entry barrier was opened by hand ({@code enter_release_reason}).
   *
   * @return why the entry barrier was opened by hand
   */
  @Nullable
  String enterReleaseReason();

  /**
   * Total spaces of the park ({@code total_parking_space}).
   *
   * @return total spaces of the park
   */
  @Nullable
  Integer totalParkingSpace();

  /**
   * Free spaces now; only used when the total is positive ({@code remain_parking_space}).
   *
   * @return free spaces now
   */
  @Nullable
  Integer remainParkingSpace();
}
