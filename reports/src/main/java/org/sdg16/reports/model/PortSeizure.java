package org.sdg16.reports.model;

import java.util.Objects;

/**
 * Total seized at one port for one commodity and year, in the commodity's canonical unit
 * (methodology §2). Ports are not part of {@code observations}; this optional table lets the
 * port-seizures page list the top ports.
 *
 * @param port port or port control unit name
 * @param refArea M49 code of the country of the port
 * @param year year
 * @param commodity commodity code
 * @param unitMeasure canonical unit ({@code KG}, {@code PIECES}, ...)
 * @param quantity quantity seized
 * @param seizures number of seizure events
 */
public record PortSeizure(
    String port,
    int refArea,
    int year,
    String commodity,
    String unitMeasure,
    double quantity,
    int seizures) {

  public PortSeizure {
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(commodity, "commodity");
    Objects.requireNonNull(unitMeasure, "unitMeasure");
  }
}
