package org.sdg16.schemas.codes;

/**
 * Every closed code list of the data contract (contract §1) and the SDMX attribute code lists
 * (methodology, conventions). One place per list: validators, generators and writers use these.
 */
public final class Codes {

  private Codes() {}

  /** Firearms measures, contract §1.1. */
  public static final CodeList FIREARMS_MEASURE =
      CodeList.of(
          "measure",
          "SEIZED",
          "FOUND",
          "SURRENDERED",
          "SEIZED_FOUND_SURRENDERED",
          "TRACED",
          "IDENTIFIED",
          "TRACE_REQ_SENT",
          "TRACE_REQ_SUCCESS",
          "AMMUNITION",
          "PARTS",
          "SEIZURE_CASES");

  /** Types of arms, contract §1.1. */
  public static final CodeList ARM_TYPE =
      CodeList.of(
          "arm_type",
          "_T",
          "PISTOL",
          "REVOLVER",
          "RIFLE",
          "SHOTGUN",
          "SUBMACHINE_GUN",
          "MACHINE_GUN",
          "LIGHT_WEAPON",
          "OTHER",
          "UNKNOWN");

  /** Legal justification of a seizure, contract §1.1. */
  public static final CodeList JUSTIFICATION =
      CodeList.of(
          "justification",
          "_T",
          "ILLICIT_POSSESSION",
          "ILLICIT_TRAFFICKING",
          "ILLICIT_MANUFACTURE",
          "OTHER");

  /** Whether a significant case was traced, contract §1.2. */
  public static final CodeList TRACED_FLAG = CodeList.of("traced", "Y", "N");

  /** Transport of a significant firearms case, contract §1.2. */
  public static final CodeList CASE_TRANSPORT =
      CodeList.of("transport", "LAND", "SEA", "AIR", "POSTAL", "OTHER", "UNKNOWN");

  /** Transport of a port seizure, contract §1.3. */
  public static final CodeList CCP_TRANSPORT =
      CodeList.of("transport", "SEA", "AIR", "DRY_PORT", "LAND");

  public static final CodeList COMMODITY = Commodity.codeList();
  public static final CodeList UNIT = Unit.codeList();

  /** Trafficking in persons measures, contract §1.4. */
  public static final CodeList TIP_MEASURE =
      CodeList.of("measure", "DETECTED_VICTIMS", "SUSPECTS", "PROSECUTED", "CONVICTED");

  public static final CodeList SEX = CodeList.of("sex", "F", "M", "_T");
  public static final CodeList AGE = CodeList.of("age", "Y0T17", "Y_GE18", "_T");
  public static final CodeList EXPLOITATION =
      CodeList.of("exploitation", "SEXUAL", "FORCED_LABOUR", "ORGAN_REMOVAL", "OTHER", "_T");

  /** Direction of an illicit flow, contract §1.5. */
  public static final CodeList FLOW = CodeList.of("flow", "INWARD", "OUTWARD");

  /** Illicit markets for 16.4.1: any commodity of the port-seizure list, plus firearms. */
  public static final CodeList MARKET_COMMODITY;

  static {
    java.util.List<String> c = new java.util.ArrayList<>(COMMODITY.codes());
    c.add("FIREARMS");
    c.add("PERSONS");
    MARKET_COMMODITY = CodeList.of("commodity", c);
  }

  /** SDMX OBS_STATUS codes (SDMX cross-domain code list CL_OBS_STATUS). */
  public static final CodeList OBS_STATUS =
      CodeList.of(
          "obs_status",
          "A",
          "B",
          "D",
          "E",
          "F",
          "G",
          "I",
          "K",
          "L",
          "M",
          "N",
          "O",
          "P",
          "Q",
          "R",
          "S",
          "T",
          "U",
          "V",
          "W");

  /**
   * SDG NATURE codes: country data, country adjusted, estimated, global monitoring, modelled,
   * non-relevant.
   */
  public static final CodeList NATURE = CodeList.of("nature", "C", "CA", "E", "G", "M", "N");
}
