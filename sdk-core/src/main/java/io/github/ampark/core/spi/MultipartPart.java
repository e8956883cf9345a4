package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One part of a {@code multipart/form-data} body. */
public final class MultipartPart {
  private final String name;
  private final @Nullable String fileName;
  private final @Nullable String contentType;
  private final byte[] content;

  /**
   * Creates one part of a {@code multipart/form-data} body.
   *
   * @param name the form field name
   * @param fileName the file name, or {@code null} for a plain field
   * @param contentType the part's content type, or {@code null}
   * @param content the part's bytes
   */
  public MultipartPart(String name, @Nullable String fileName, @Nullable String contentType, byte[] content) {
    this.name = name;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = Arrays.copyOf(content, content.length);
  }

  /**
   * The form field name.
   *
   * @return the form field name
   */
  public String name() {
    return name;
  }

  /**
   * The file name, or {@code null} for a plain field.
   *
   * @return the file name, or {@code null} for a plain field
   */
  public @Nullable String fileName() {
    return fileName;
  }

  /**
   * The part's content type, or {@code null}.
   *
   * @return the part's content type, or {@code null}
   */
  public @Nullable String contentType() {
    return contentType;
  }

  /**
   * A copy of the part's bytes.
   *
   * @return a copy of the part's bytes
   */
  public byte[] content() {
    return Arrays.copyOf(content, content.length);
  }

  /**
   * The part as UTF-8 text.
   *
   * @return the part as UTF-8 text
   */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "MultipartPart{" + name + (fileName == null ? "" : ", file " + fileName) + ", " + content.length + " bytes}";
  }
}
