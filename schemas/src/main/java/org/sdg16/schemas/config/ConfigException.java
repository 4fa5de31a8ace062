package org.sdg16.schemas.config;

/** A bad config: unknown key, bad value or missing file. The command line exits 2 with it. */
public final class ConfigException extends RuntimeException {

  private final String key;

  public ConfigException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The offending key as a dotted path, e.g. {@code aggregates.min_coverage}. */
  public String key() {
    return key;
  }
}
