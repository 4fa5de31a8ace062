package org.sdg16.schemas.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The message catalogue (contract §4.6): the labels of the feedback pack and, for each {@link
 * FindingCode}, a plain-language message and what would be accepted, in English, French and
 * Spanish, read from the one resource {@code messages.yaml} beside this class. English is the
 * language of the code's own {@link FindingCode#description()}, which the catalogue repeats.
 */
public final class Messages {

  /** The languages of the catalogue: English, and two in which UNODC corresponds with states. */
  public enum Lang {
    EN,
    FR,
    ES;

    /** The language's code, {@code en}, {@code fr} or {@code es}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code ({@code en}, {@code fr}, {@code es}), if it is one. */
    public static Optional<Lang> of(String code) {
      for (Lang l : values()) {
        if (l.code().equals(code)) {
          return Optional.of(l);
        }
      }
      return Optional.empty();
    }
  }

  /** The catalogue as it is written: labels and codes, each text by language code. */
  record Catalogue(
      Map<String, Map<String, String>> labels,
      Map<String, Map<String, Map<String, String>>> codes) {}

  private static final Catalogue CATALOGUE = load();

  private final Lang lang;

  private Messages(Lang lang) {
    this.lang = lang;
  }

  /** The catalogue in one language. */
  public static Messages of(Lang lang) {
    return new Messages(lang);
  }

  public Lang lang() {
    return lang;
  }

  /** The label of a key, e.g. {@code sheet.findings}; an unknown key is a bug. */
  public String label(String key) {
    Map<String, String> t = CATALOGUE.labels().get(key);
    if (t == null) {
      throw new IllegalArgumentException("no label " + key + " in messages.yaml");
    }
    return text(t, key);
  }

  /** The labels of several keys, in their order (a sheet's or table's column headers). */
  public java.util.List<String> labels(java.util.List<String> keys) {
    return keys.stream().map(this::label).toList();
  }

  /** What is wrong, in plain language. */
  public String message(FindingCode code) {
    return text(entry(code, "message"), code.name() + ".message");
  }

  /** What would be accepted instead. */
  public String accepted(FindingCode code) {
    return text(entry(code, "accepted"), code.name() + ".accepted");
  }

  /** The label keys of the catalogue, for its tests. */
  public static java.util.Set<String> labelKeys() {
    return CATALOGUE.labels().keySet();
  }

  /** The codes the catalogue describes, for its tests. */
  public static java.util.Set<String> codeKeys() {
    return CATALOGUE.codes().keySet();
  }

  private static Map<String, String> entry(FindingCode code, String part) {
    Map<String, Map<String, String>> e = CATALOGUE.codes().get(code.name());
    Map<String, String> t = e == null ? null : e.get(part);
    if (t == null) {
      throw new IllegalArgumentException("no " + part + " for " + code + " in messages.yaml");
    }
    return t;
  }

  private String text(Map<String, String> t, String key) {
    String s = t.get(lang.code());
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("no " + lang.code() + " text for " + key);
    }
    return s;
  }

  private static Catalogue load() {
    try (InputStream in = Messages.class.getResourceAsStream("messages.yaml")) {
      if (in == null) {
        throw new IllegalStateException("messages.yaml is missing from the classpath");
      }
      return new ObjectMapper(new YAMLFactory()).readValue(in, Catalogue.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
