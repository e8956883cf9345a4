package io.github.ampark.spring;

/**
 * A vendor's ready callback endpoint ({@code ampark.<vendor>.callback.*}); off until {@code path}
 * is set. It answers {@code POST <path>/<tenant>} (and {@code POST <path>} for the tenant {@value
 * AmparkTenants#DEFAULT_TENANT}): reads the raw body, verifies it with that tenant's keys, runs your
 * handler bean once per event (the shared duplicate guard), and writes the vendor's exact reply.
 */
public class CallbackEndpointProperties {
  /** Path of the endpoint, e.g. /callbacks/bolink; unset = no endpoint. */
  private String path;

  /** {@return the path, or {@code null} (off)} */
  public String getPath() {
    return path;
  }

  /**
   * Sets {@code path}: e.g. {@code /callbacks/bolink}.
   *
   * @param path e.g. {@code /callbacks/bolink}
   */
  public void setPath(String path) {
    this.path = path;
  }
}
