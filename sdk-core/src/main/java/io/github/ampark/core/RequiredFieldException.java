package io.github.ampark.core;

/**
 * A required field was not set (or was set to {@code null}) on a request builder.
 *
 * <p>Thrown by the builders of every request type; {@link #field()} names the first missing field.
 */
public final class RequiredFieldException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Used by generated builders.
   *
   * @param fields the names of the missing fields; the first one becomes {@link #field()}
   */
  public RequiredFieldException(String... fields) {
    super(fields.length == 0 ? "?" : fields[0], describe(fields));
  }

  private static String describe(String[] fields) {
    if (fields.length <= 1) {
      return "is required";
    }
    return "is required (also missing: " + String.join(", ", java.util.Arrays.asList(fields).subList(1, fields.length)) + ")";
  }
}
