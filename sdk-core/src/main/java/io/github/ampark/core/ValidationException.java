package io.github.ampark.core;

/**
 * Input was rejected before anything was sent. {@link #field()} names the offending field as it
 * is called in the Java API (e.g. {@code "amountYuan"}).
 *
 * <pre>{@code
 * PushOrderRequest.builder().cardId(1).orderNo("T1").amountYuan(150).build();
 * // ValidationException: amountYuan: must be a positive multiple of 100 (was 150)
 * }</pre>
 */
public class ValidationException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /** The Java name of the offending field. */
  private final String field;
  /** What is wrong with it. */
  private final String problem;

  /**
   * Creates the exception; its message is {@code field + ": " + problem}.
   *
   * @param field the Java name of the offending field
   * @param problem what is wrong, e.g. {@code "must not be blank"}
   */
  public ValidationException(String field, String problem) {
    super(null, null, field + ": " + problem, null);
    this.field = field;
    this.problem = problem;
  }

  /**
   * The Java name of the offending field, e.g. {@code "orderNo"}.
   *
   * @return the Java name of the offending field, e.g. {@code "orderNo"}
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong with it, without the field name.
   *
   * @return what is wrong with it, without the field name
   */
  public String problem() {
    return problem;
  }
}
