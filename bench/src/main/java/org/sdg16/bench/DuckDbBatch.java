package org.sdg16.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdg16.schemas.codes.Codes;
import org.sdg16.schemas.codes.Commodity;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.codes.Unit;

/**
 * The yardstick of bench/run.sh: the port-seizure work of an {@code sdg16 run}, done by DuckDB on
 * the same CSV files, so that the batch's time can be given as a ratio to DuckDB's.
 *
 * <p>The work, in one in-process DuckDB database:
 *
 * <ol>
 *   <li>typed read of {@code ccp/*.csv} with the column types of contract §1.3 (text, ISO dates, a
 *       double quantity); rows whose number or date does not parse (or is empty) are kept aside by
 *       DuckDB's {@code store_rejects}, as sdg16 quarantines them. DuckDB reads a row with one cell
 *       too many as a good row, so a twelfth column catches those ({@code ROW_WIDTH}); empty cells
 *       read as '' ({@code nullstr '\N'}) to tell an extra empty cell from none;
 *   <li>the row rules of contract §1.3: ref_area a known country (a join with the M49 list, numeric
 *       or ISO3), origin and destination known where given, required cells present, seizure date in
 *       1990 … today, quantity &gt; 0, transport, commodity and unit in their code lists, the unit
 *       fits the commodity (methodology §2);
 *   <li>duplicate detection: (ref_area, seizure_id) repeated within one file quarantines those
 *       rows; across files the later submitted_on (then the file name sorting last) wins;
 *   <li>accepted rows with G and T converted to KG, written as Parquet partitioned by year; the
 *       quarantined rows with their problems as Parquet;
 *   <li>the commodity × area × year totals (sum of quantity and count of events by unit).
 * </ol>
 *
 * The code lists and the M49 list come from the schemas module, as they do for sdg16. Usage: {@code
 * DuckDbBatch CCP_DIR OUT_DIR [THREADS] [MEMORY_LIMIT]}. Prints one line per step and the total on
 * stdout.
 */
public final class DuckDbBatch {

  private DuckDbBatch() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DuckDbBatch CCP_DIR OUT_DIR [THREADS] [MEMORY_LIMIT]");
      System.exit(2);
    }
    Path ccp = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    String memory = args.length > 3 ? args[3] : "3GB";
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET memory_limit = '" + memory + "'");
      s.execute("SET temp_directory = '" + out.resolve(".duckdb-tmp") + "'");
      s.execute("SET preserve_insertion_order = false");
      referenceTables(c, s);
      step(
          "reference",
          t0,
          "code lists and " + count(s, "SELECT count(*) FROM areas") + " M49 areas");

      long t = System.nanoTime();
      s.execute(
          """
          CREATE TABLE raw AS
          SELECT * FROM read_csv('%s/*.csv', header = true, delim = ',', quote = '"', escape = '"',
            filename = true, store_rejects = true, auto_detect = false, dateformat = '%%Y-%%m-%%d',
            null_padding = true, nullstr = '\\N',
            columns = {'seizure_id': 'VARCHAR', 'ref_area': 'VARCHAR', 'port': 'VARCHAR',
                       'seizure_date': 'DATE', 'transport': 'VARCHAR', 'commodity': 'VARCHAR',
                       'quantity': 'DOUBLE', 'unit': 'VARCHAR', 'origin': 'VARCHAR',
                       'destination': 'VARCHAR', 'submitted_on': 'DATE', 'extra_cell': 'VARCHAR'})
          """
              .formatted(ccp));
      long read = count(s, "SELECT count(*) FROM raw");
      long rejected = count(s, "SELECT count(DISTINCT (file_id, line)) FROM reject_errors");
      step(
          "read",
          t,
          String.format(
              Locale.ROOT, "%,d rows typed, %,d rejected by the typed read", read, rejected));

      t = System.nanoTime();
      s.execute(
          """
          CREATE TABLE checked AS
          WITH r AS (
            SELECT raw.*, a.m49 AS area, o.m49 AS origin_m49, d.m49 AS destination_m49,
              upper(trim(transport)) AS transport_code, upper(trim(commodity)) AS commodity_code,
              upper(trim(unit)) AS unit_code
            FROM raw
            LEFT JOIN codes a ON a.code = upper(trim(raw.ref_area))
            LEFT JOIN codes o ON o.code = upper(trim(raw.origin))
            LEFT JOIN codes d ON d.code = upper(trim(raw.destination)))
          SELECT r.*, list_filter([
              CASE WHEN extra_cell IS NOT NULL THEN 'ROW_WIDTH' END,
              CASE WHEN coalesce(trim(seizure_id), '') = '' OR coalesce(trim(port), '') = ''
                OR coalesce(trim(ref_area), '') = '' OR coalesce(trim(transport), '') = ''
                OR coalesce(trim(commodity), '') = '' OR coalesce(trim(unit), '') = ''
                THEN 'MISSING_VALUE' END,
              CASE WHEN coalesce(trim(ref_area), '') <> '' AND area IS NULL THEN 'UNKNOWN_AREA' END,
              CASE WHEN (nullif(trim(origin), '') IS NOT NULL AND origin_m49 IS NULL)
                OR (nullif(trim(destination), '') IS NOT NULL AND destination_m49 IS NULL)
                THEN 'UNKNOWN_AREA' END,
              CASE WHEN seizure_date > current_date THEN 'FUTURE_DATE' END,
              CASE WHEN year(seizure_date) < 1990 THEN 'YEAR_OUT_OF_RANGE' END,
              CASE WHEN quantity <= 0 THEN 'NOT_POSITIVE' END,
              CASE WHEN (transport_code <> '' AND transport_code NOT IN (SELECT code FROM transports))
                OR (commodity_code <> '' AND commodity_code NOT IN (SELECT commodity FROM fits))
                OR (unit_code <> '' AND unit_code NOT IN (SELECT unit FROM units)) THEN 'UNKNOWN_CODE' END,
              CASE WHEN commodity_code IN (SELECT commodity FROM fits) AND unit_code IN (SELECT unit FROM units)
                AND (commodity_code, unit_code) NOT IN (SELECT (commodity, unit) FROM fits)
                THEN 'UNIT_MISMATCH' END
            ], x -> x IS NOT NULL) AS problems
          FROM r
          """);
      s.execute(
          """
          CREATE TABLE marked AS
          SELECT *, CASE WHEN len(problems) = 0
                AND count(*) OVER (PARTITION BY filename, area, seizure_id) > 1
              THEN ['DUPLICATE_KEY'] ELSE problems END AS findings
          FROM checked
          """);
      s.execute("DROP TABLE checked");
      s.execute("DROP TABLE raw");
      long bad = count(s, "SELECT count(*) FROM marked WHERE len(findings) > 0");
      step(
          "rules",
          t,
          String.format(
              Locale.ROOT, "%,d rows break a row rule or repeat a key in their file", bad));

      t = System.nanoTime();
      s.execute(
          """
          CREATE TABLE accepted AS
          SELECT seizure_id, area AS ref_area, port, seizure_date, transport_code AS transport,
            commodity_code AS commodity,
            CASE unit_code WHEN 'G' THEN quantity * 0.001 WHEN 'T' THEN quantity * 1000 ELSE quantity END AS quantity,
            CASE WHEN unit_code IN ('G', 'T') THEN 'KG' ELSE unit_code END AS unit,
            origin_m49 AS origin, destination_m49 AS destination, submitted_on,
            filename AS source_file, year(seizure_date) AS year
          FROM marked
          WHERE len(findings) = 0
          QUALIFY row_number() OVER (PARTITION BY area, seizure_id
            ORDER BY submitted_on DESC, parse_filename(filename) DESC, filename DESC) = 1
          """);
      long accepted = count(s, "SELECT count(*) FROM accepted");
      long superseded = read - bad - accepted;
      step(
          "revisions",
          t,
          String.format(
              Locale.ROOT,
              "%,d accepted, %,d superseded by later submissions",
              accepted,
              superseded));

      t = System.nanoTime();
      s.execute(
          "COPY accepted TO '"
              + out.resolve("returns_ccp")
              + "' (FORMAT PARQUET, COMPRESSION zstd, "
              + "PARTITION_BY (year), OVERWRITE_OR_IGNORE true)");
      s.execute(
          "COPY (SELECT filename AS source_file, seizure_id, ref_area, port, seizure_date, transport, "
              + "commodity, quantity, unit, origin, destination, submitted_on, findings FROM marked "
              + "WHERE len(findings) > 0 UNION ALL SELECT s.file_path, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
              + "NULL, NULL, NULL, [e.error_type::VARCHAR] FROM reject_errors e JOIN reject_scans s USING (scan_id, file_id)) "
              + "TO '"
              + out.resolve("quarantine_ccp.parquet")
              + "' (FORMAT PARQUET, COMPRESSION zstd)");
      step("parquet", t, "returns_ccp/year=…/ and quarantine_ccp.parquet");

      t = System.nanoTime();
      s.execute(
          "COPY (SELECT commodity, unit, ref_area, year, sum(quantity) AS quantity, count(*) AS seizures "
              + "FROM accepted GROUP BY ALL ORDER BY ALL) TO '"
              + out.resolve("ccp_totals.parquet")
              + "' (FORMAT PARQUET)");
      long totals =
          count(
              s, "SELECT count(*) FROM read_parquet('" + out.resolve("ccp_totals.parquet") + "')");
      step("totals", t, String.format(Locale.ROOT, "%,d commodity × area × year totals", totals));
    }
    System.out.printf(Locale.ROOT, "duckdb total: %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /** The M49 areas (numeric codes, with and without leading zeros, and ISO3) and the code lists. */
  private static void referenceTables(Connection c, Statement s) throws SQLException {
    s.execute("CREATE TABLE areas (m49 INTEGER, iso3 VARCHAR)");
    s.execute("CREATE TABLE codes (code VARCHAR PRIMARY KEY, m49 INTEGER)");
    try (PreparedStatement a = c.prepareStatement("INSERT INTO areas VALUES (?, ?)");
        PreparedStatement k = c.prepareStatement("INSERT OR IGNORE INTO codes VALUES (?, ?)")) {
      for (M49.Area area : M49.standard().areas()) {
        a.setInt(1, area.m49());
        a.setString(2, area.iso3());
        a.addBatch();
        List<String> keys =
            new ArrayList<>(
                List.of(
                    Integer.toString(area.m49()),
                    String.format(Locale.ROOT, "%03d", area.m49()),
                    String.format(Locale.ROOT, "%04d", area.m49())));
        if (area.iso3() != null && !area.iso3().isBlank()) {
          keys.add(area.iso3().toUpperCase(Locale.ROOT));
        }
        for (String key : keys) {
          k.setString(1, key);
          k.setInt(2, area.m49());
          k.addBatch();
        }
      }
      a.executeBatch();
      k.executeBatch();
    }
    s.execute("CREATE TABLE transports (code VARCHAR)");
    s.execute("CREATE TABLE units (unit VARCHAR)");
    s.execute("CREATE TABLE fits (commodity VARCHAR, unit VARCHAR)");
    try (PreparedStatement tr = c.prepareStatement("INSERT INTO transports VALUES (?)");
        PreparedStatement u = c.prepareStatement("INSERT INTO units VALUES (?)");
        PreparedStatement f = c.prepareStatement("INSERT INTO fits VALUES (?, ?)")) {
      for (String code : Codes.CCP_TRANSPORT.codes()) {
        tr.setString(1, code);
        tr.addBatch();
      }
      for (Unit unit : Unit.values()) {
        u.setString(1, unit.name());
        u.addBatch();
      }
      for (Commodity com : Commodity.values()) {
        for (Unit unit : com.allowedUnits()) {
          f.setString(1, com.name());
          f.setString(2, unit.name());
          f.addBatch();
        }
      }
      tr.executeBatch();
      u.executeBatch();
      f.executeBatch();
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void step(String name, long t0, String what) {
    System.out.printf(
        Locale.ROOT, "duckdb %-9s %s (%.1f s)%n", name + ":", what, (System.nanoTime() - t0) / 1e9);
    System.out.flush();
  }
}
