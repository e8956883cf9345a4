package io.github.ampark.core.signing;

/** Letter case of hexadecimal digests. */
public enum HexCase {
  /** {@code 3D4F9F…} */
  UPPER,
  /** {@code 3d4f9f…} */
  LOWER
}
