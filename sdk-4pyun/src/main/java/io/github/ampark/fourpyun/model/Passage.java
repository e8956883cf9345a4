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
  /** Fields without a typed property, signed and sent in name order among the rest. */
  java.util.Map<String, String> extraFields();

  /** Park UUID assigned by P云; {@code null} for the client's default. */
  @Nullable
  String parkUuid();

  /** Park merchant number, an alternative to the park UUID ({@code merchant}). */
  @Nullable
  String merchant();

  /** The park's own id of this stay, unique per park ({@code parking_serial}); repeats are ignored by P云. */
  String parkingSerial();

  /** Licence plate; {@code null} for a car without one. */
  @Nullable
  String plate();

  /** Plate colour. */
  PlateColor plateColor();

  /** Kind of plate. */
  @Nullable
  PlateType plateType();

  /** Logical card number ({@code card_no}). */
  @Nullable
  String cardNo();

  /** Physical card id ({@code card_id}). */
  @Nullable
  String cardId();

  /** When the car entered (sent as epoch milliseconds; must equal the entry report's). */
  Instant enterTime();

  /** URL of an entry photo reachable from the internet ({@code enter_image}). */
  @Nullable
  String enterImageUrl();

  /** Entry photo uploaded as a file ({@code enter_image_file} + {@code enter_image_hash}); wins over the URL. */
  @Nullable
  ImageFile enterImage();

  /** Cropped plate photo of the entry ({@code enter_plate_image_file} + hash), for cities that require it. */
  @Nullable
  ImageFile enterPlateImage();

  /** Entrance name ({@code enter_gate}). */
  @Nullable
  String enterGate();

  /** Guard on duty at the entrance ({@code enter_security}). */
  @Nullable
  String enterSecurity();

  /** How the park treats the car. */
  CarType carType();

  /** Description of the car type, e.g. {@code 临停} ({@code car_desc}). */
  String carDesc();

  /** Body colour. */
  @Nullable
  CarColor carColor();

  /** The park's charge rule for the car ({@code charge_type}). */
  String chargeType();

  /** Vehicle size. */
  @Nullable
  VehicleType vehicleType();

  /** Name on a pass some scenic areas require ({@code idcard_name}). */
  @Nullable
  String idcardName();

  /** Number of that pass ({@code idcard_no}); redacted in {@code toString()} and logs. */
  @Nullable
  String idcardNo();

  /** Photo URL of that pass ({@code idcard_image}). */
  @Nullable
  String idcardImage();

  /** Why the entry barrier was opened by hand ({@code enter_release_reason}). */
  @Nullable
  String enterReleaseReason();

  /** Total spaces of the park ({@code total_parking_space}). */
  @Nullable
  Integer totalParkingSpace();

  /** Free spaces now; only used when the total is positive ({@code remain_parking_space}). */
  @Nullable
  Integer remainParkingSpace();
}
