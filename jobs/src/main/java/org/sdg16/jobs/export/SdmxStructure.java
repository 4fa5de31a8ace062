package org.sdg16.jobs.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import sdmxdl.Attribute;
import sdmxdl.Component;
import sdmxdl.Dimension;
import sdmxdl.Languages;
import sdmxdl.Structure;
import sdmxdl.format.xml.SdmxXmlStreams;

/**
 * The SDG data structure definition and the global content constraints that the SDMX-CSV export is
 * checked against ({@link SdmxCheck}):
 *
 * <ul>
 *   <li>the DSD {@code IAEG-SDGs:SDG(1.4)} (SDMX-ML 2.1 structure message, shipped as {@code
 *       sdmx/SDG_DSD.xml} beside this class, or the file {@code exports.sdmx.dsd} of the
 *       configuration names): its dimensions in DSD position order, its time dimension and primary
 *       measure, its attributes, and the code list of every coded dimension and attribute. Read
 *       with sdmx-dl ({@link SdmxXmlStreams#struct21}), which resolves each component's code list
 *       from the same message;
 *   <li>which attributes are mandatory ({@code assignmentStatus="Mandatory"} of {@code
 *       str:Attribute}, SDMX-ML 2.1): sdmx-dl 3.0.0-beta.14's {@link Attribute} has no assignment
 *       status, so this one fact is taken by a small StAX read of the same file;
 *   <li>the global content constraints ({@code sdmx/sdmx_global_content_constraints.csv}, from Open
 *       SDG's sdg-build 2.3.0, always the shipped file): per series, the allowed {@code
 *       UNIT_MEASURE}, {@code UNIT_MULT} and dimension values, each cell {@code ALL}, {@code _T} or
 *       a {@code ;}-separated list of codes.
 * </ul>
 *
 * The sources, vintages and licences are in {@code sdmx/README.md}. The DSD is 1.4 MB: each file is
 * read once per JVM ({@link #of}) and the value is immutable.
 */
public final class SdmxStructure {

  /** The shipped DSD and constraints, as class path resources beside this class. */
  static final String SHIPPED_DSD = "sdmx/SDG_DSD.xml";

  static final String SHIPPED_CONSTRAINTS = "sdmx/sdmx_global_content_constraints.csv";

  /** SDMX-ML 2.1 structure namespace. */
  private static final String STRUCTURE_NS =
      "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";

  private static final Map<Object, SdmxStructure> LOADED = new ConcurrentHashMap<>();

  /** A code list of a component: its id (e.g. {@code CL_AREA}) and its codes. */
  public record CodeList(String id, Set<String> codes) {
    public CodeList {
      codes = Set.copyOf(codes);
    }
  }

  /**
   * What the content constraints allow in one column for one series: any code ({@code ALL}) or the
   * listed codes ({@code _T} alone is the list {@code [_T]}).
   */
  public record Allowed(boolean any, Set<String> codes) {
    public Allowed {
      codes = Set.copyOf(codes);
    }

    static Allowed parse(String cell) {
      String c = cell.strip();
      if (c.equals("ALL")) {
        return new Allowed(true, Set.of());
      }
      Set<String> s = new LinkedHashSet<>();
      Arrays.stream(c.split(";")).map(String::strip).filter(x -> !x.isEmpty()).forEach(s::add);
      return new Allowed(false, s);
    }

    public boolean allows(String code) {
      return any || codes.contains(code);
    }
  }

  private final String id;
  private final List<String> dimensions;
  private final String timeDimension;
  private final String primaryMeasure;
  private final Set<String> attributes;
  private final Set<String> mandatory;
  private final Map<String, CodeList> codeLists;
  private final Map<String, Map<String, Allowed>> constraints;

  private SdmxStructure(
      String id,
      List<String> dimensions,
      String timeDimension,
      String primaryMeasure,
      Set<String> attributes,
      Set<String> mandatory,
      Map<String, CodeList> codeLists,
      Map<String, Map<String, Allowed>> constraints) {
    this.id = id;
    this.dimensions = List.copyOf(dimensions);
    this.timeDimension = timeDimension;
    this.primaryMeasure = primaryMeasure;
    this.attributes = Set.copyOf(attributes);
    this.mandatory = Set.copyOf(mandatory);
    this.codeLists = Map.copyOf(codeLists);
    this.constraints = Map.copyOf(constraints);
  }

  /** The shipped DSD {@code IAEG-SDGs:SDG(1.4)} with the shipped content constraints. */
  public static SdmxStructure shipped() {
    return of(null);
  }

  /**
   * The DSD of a file (null: the shipped one) with the shipped content constraints, read once per
   * JVM for each file (and again when the file changes).
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not an SDMX-ML 2.1 structure message with exactly
   *     one data structure definition
   */
  public static SdmxStructure of(Path dsd) {
    Object key;
    try {
      key =
          dsd == null
              ? SHIPPED_DSD
              : List.of(
                  dsd.toAbsolutePath().normalize(),
                  Files.getLastModifiedTime(dsd),
                  Files.size(dsd));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SDMX DSD " + dsd, e);
    }
    return LOADED.computeIfAbsent(
        key,
        k -> {
          try {
            byte[] xml = dsd == null ? resource(SHIPPED_DSD) : Files.readAllBytes(dsd);
            return read(
                xml, dsd == null ? SHIPPED_DSD : dsd.toString(), resource(SHIPPED_CONSTRAINTS));
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot read the SDMX DSD " + (dsd == null ? SHIPPED_DSD : dsd), e);
          }
        });
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SdmxStructure.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("class path resource " + name + " is missing");
      }
      return in.readAllBytes();
    }
  }

  private static SdmxStructure read(byte[] xml, String where, byte[] constraintsCsv)
      throws IOException {
    List<Structure> structures =
        SdmxXmlStreams.struct21(Languages.ANY).parseStream(() -> new ByteArrayInputStream(xml));
    if (structures.size() != 1) {
      throw new IllegalArgumentException(
          where + ": expected one SDMX data structure definition, found " + structures.size());
    }
    Structure s = structures.get(0);
    List<String> dims = new ArrayList<>();
    Map<String, CodeList> codeLists = new LinkedHashMap<>();
    for (Dimension d : s.getDimensionList()) { // sorted by DSD position
      dims.add(d.getId());
      codeList(d).ifPresent(c -> codeLists.put(d.getId(), c));
    }
    Set<String> attributes = new LinkedHashSet<>();
    for (Attribute a : s.getAttributes()) {
      attributes.add(a.getId());
      codeList(a).ifPresent(c -> codeLists.put(a.getId(), c));
    }
    String id =
        s.getRef().getAgency() + ":" + s.getRef().getId() + "(" + s.getRef().getVersion() + ")";
    return new SdmxStructure(
        id,
        dims,
        s.getTimeDimensionId(),
        s.getPrimaryMeasureId(),
        attributes,
        mandatoryAttributes(xml, where),
        codeLists,
        constraints(constraintsCsv));
  }

  private static Optional<CodeList> codeList(Component c) {
    if (!c.isCoded()) {
      return Optional.empty();
    }
    return Optional.of(new CodeList(c.getCodelist().getRef().getId(), c.getCodes().keySet()));
  }

  /**
   * The ids of the attributes with {@code assignmentStatus="Mandatory"}: the one fact of the DSD
   * that sdmx-dl 3.0.0-beta.14 does not expose.
   */
  private static Set<String> mandatoryAttributes(byte[] xml, String where) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Set<String> m = new LinkedHashSet<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        boolean inAttributeList = false;
        while (r.hasNext()) {
          int e = r.next();
          if (e == XMLStreamConstants.START_ELEMENT && STRUCTURE_NS.equals(r.getNamespaceURI())) {
            if (r.getLocalName().equals("AttributeList")) {
              inAttributeList = true;
            } else if (inAttributeList
                && r.getLocalName().equals("Attribute")
                && "Mandatory".equals(r.getAttributeValue(null, "assignmentStatus"))) {
              m.add(r.getAttributeValue(null, "id"));
            }
          } else if (e == XMLStreamConstants.END_ELEMENT
              && STRUCTURE_NS.equals(r.getNamespaceURI())
              && r.getLocalName().equals("AttributeList")) {
            inAttributeList = false;
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(where + ": not readable as SDMX-ML: " + e.getMessage(), e);
    }
    return m;
  }

  private static Map<String, Map<String, Allowed>> constraints(byte[] csv) throws IOException {
    Map<String, Map<String, Allowed>> m = new LinkedHashMap<>();
    try (Reader in = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Map<String, Allowed> row = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : r.toMap().entrySet()) {
          if (!e.getKey().equals("SERIES") && !e.getKey().equals("Name") && e.getValue() != null) {
            row.put(e.getKey(), Allowed.parse(e.getValue()));
          }
        }
        m.put(r.get("SERIES").strip(), Map.copyOf(row));
      }
    }
    return m;
  }

  /** The DSD's reference, e.g. {@code IAEG-SDGs:SDG(1.4)}. */
  public String id() {
    return id;
  }

  /** The dimensions before the time dimension, in DSD position order. */
  public List<String> dimensions() {
    return dimensions;
  }

  /** The time dimension, {@code TIME_PERIOD}. */
  public String timeDimension() {
    return timeDimension;
  }

  /** The primary measure, {@code OBS_VALUE}. */
  public String primaryMeasure() {
    return primaryMeasure;
  }

  /** Every attribute of the DSD. */
  public Set<String> attributes() {
    return attributes;
  }

  /** The attributes the DSD declares mandatory. */
  public Set<String> mandatoryAttributes() {
    return mandatory;
  }

  /**
   * The code list of a coded dimension or attribute; empty when it is not coded or not in the DSD.
   */
  public Optional<CodeList> codeList(String component) {
    return Optional.ofNullable(codeLists.get(component));
  }

  /**
   * The content constraints of a series by column ({@code UNIT_MEASURE}, {@code UNIT_MULT}, {@code
   * SEX}, …); empty when the constraints file has no row for the series.
   */
  public Optional<Map<String, Allowed>> constraints(String series) {
    return Optional.ofNullable(constraints.get(series));
  }

  @Override
  public String toString() {
    return id;
  }
}
