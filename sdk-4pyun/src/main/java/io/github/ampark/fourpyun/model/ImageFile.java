package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.fourpyun.FourPyunSigner;
import org.immutables.value.Value;

/**
 * An image uploaded with an entry or exit ({@code enter_image_file}, {@code leave_image_file}, …).
 * The bytes are sent as a multipart file and are not signed; their MD5 ({@link #md5()}) is sent
 * and signed in the matching {@code *_image_hash} field.
 *
 * <pre>{@code
 * ImageFile photo = ImageFile.of(Files.readAllBytes(path));
 * EnterRequest.builder()...enterImage(photo).build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ImageFile {
  /**
   * The file bytes (never empty).
   *
   * @return the file bytes (never empty)
   */
  public abstract byte[] content();

  /**
   * File name sent in the multipart part (default {@code image.jpg}).
   *
   * @return file name sent in the multipart part (default {@code image.jpg})
   */
  @Value.Default
  public String fileName() {
    return "image.jpg";
  }

  /**
   * Content type of the part (default {@code image/jpeg}).
   *
   * @return content type of the part (default {@code image/jpeg})
   */
  @Value.Default
  public String contentType() {
    return "image/jpeg";
  }

  /**
   * The {@code *_image_hash} value: MD5 of the bytes, upper-case hex.
   *
   * @return the {@code *_image_hash} value: MD5 of the bytes, upper-case hex
   */
  @Value.Lazy
  public String md5() {
    return FourPyunSigner.fileHash(content());
  }

  @Value.Check
  void check() {
    if (content().length == 0) {
      throw new ValidationException("content", "must not be empty");
    }
    Checks.notBlank("fileName", fileName());
    Checks.notBlank("contentType", contentType());
  }

  /**
   * A JPEG image named {@code image.jpg}, from its bytes.
   *
   * @param content the image bytes
   * @return a JPEG named {@code image.jpg}
   */
  public static ImageFile of(byte[] content) {
    return builder().content(content).build();
  }

  /**
   * Size and name only.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return "ImageFile{" + fileName() + ", " + content().length + " bytes}";
  }

  /**
   * Starts an empty {@code ImageFile} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ImageFile}. */
  public static final class Builder extends ImmutableImageFile.Builder {}
}
