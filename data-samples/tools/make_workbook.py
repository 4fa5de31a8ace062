#!/usr/bin/env python3
"""Regenerate data-samples/inbox/workbooks/per_national_return_2019-2022.xlsx.

A national return from Peru (PER, M49 604) as ONE Excel workbook with one sheet per dataset
(contract §1: `workbooks/`). Written with the standard library only (zipfile + hand-written
SpreadsheetML), so it needs no openpyxl:

- sheet `firearms`: codes as SHARED strings, year/value as numeric cells, empty dimension
  cells (= `_T`) simply absent, `submitted_on` as a real Excel date (serial number + date style);
  one value absent (SURRENDERED 2019 not reported) and one deliberately bad row
  (PARTS 2020 = -1, finding NEGATIVE_VALUE, sheet row 20 = data row 19);
- sheet `tip`: codes as INLINE strings, `submitted_on` as ISO text "2023-07-14";
- sheet `firearms_cases`: `seizure_date` and `submitted_on` as date cells.

The output is reproducible (fixed zip timestamps, fixed part order): the same Python
version gives the same bytes.

Usage: python3 data-samples/tools/make_workbook.py [OUTPUT.xlsx]
"""
import datetime as dt
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "inbox", "workbooks", "per_national_return_2019-2022.xlsx")

# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------
FA_SUBMITTED = dt.date(2023, 6, 30)
# year: SEIZED, FOUND, SURRENDERED, TRACED, IDENTIFIED, TRACE_REQ_SENT, TRACE_REQ_SUCCESS,
#       AMMUNITION, PARTS, SEIZURE_CASES   (None = not reported -> no value cell)
FA = {
    2019: (5210, 340, None, 1180, 3950, 95, 51, 312400, 1480, 3870),
    2020: (4480, 295, 610, 1045, 3620, 82, 47, 268900, -1, 3320),  # PARTS -1: NEGATIVE_VALUE
    2021: (4925, 318, 702, 1236, 4011, 104, 58, 301150, 1395, 3610),
    2022: (5340, 356, 745, 1388, 4405, 117, 66, 334800, 1530, 3905),
}
FA_MEASURES = ("SEIZED", "FOUND", "SURRENDERED", "TRACED", "IDENTIFIED", "TRACE_REQ_SENT",
               "TRACE_REQ_SUCCESS", "AMMUNITION", "PARTS", "SEIZURE_CASES")
FA_TYPES = {  # SEIZED by arm type (sums to SEIZED _T)
    2021: dict(PISTOL=1920, REVOLVER=1480, RIFLE=395, SHOTGUN=610, OTHER=330, UNKNOWN=190),
    2022: dict(PISTOL=2110, REVOLVER=1560, RIFLE=430, SHOTGUN=655, OTHER=372, UNKNOWN=213),
}

TIP_SUBMITTED = "2023-07-14"
EXPL = ("SEXUAL", "FORCED_LABOUR", "OTHER")
# detected victims, leaves: (sex, age) -> (SEXUAL, FORCED_LABOUR, OTHER)
TIP = {
    2019: {("F", "Y0T17"): (210, 58, 22), ("F", "Y_GE18"): (395, 160, 41),
           ("M", "Y0T17"): (18, 47, 9), ("M", "Y_GE18"): (12, 131, 17)},
    2020: {("F", "Y0T17"): (168, 44, 17), ("F", "Y_GE18"): (322, 121, 35),
           ("M", "Y0T17"): (14, 38, 7), ("M", "Y_GE18"): (10, 104, 15)},
    2021: {("F", "Y0T17"): (201, 55, 20), ("F", "Y_GE18"): (371, 148, 39),
           ("M", "Y0T17"): (16, 45, 9), ("M", "Y_GE18"): (11, 122, 16)},
    2022: {("F", "Y0T17"): (226, 61, 24), ("F", "Y_GE18"): (402, 171, 44),
           ("M", "Y0T17"): (19, 52, 10), ("M", "Y_GE18"): (13, 140, 19)},
}
TIP_JUSTICE = {2019: (640, 410, 152), 2020: (512, 318, 109), 2021: (598, 377, 138),
               2022: (655, 421, 163)}  # SUSPECTS, PROSECUTED, CONVICTED

CASES_SUBMITTED = dt.date(2023, 6, 30)
CASES = [  # case_id, seizure_date, arm_type, quantity, justification, manuf, last_import,
    #          departure, destination, traced, transport
    ("PE-2021-0107", dt.date(2021, 3, 18), "PISTOL", 14, "ILLICIT_TRAFFICKING", "BRA", "BOL",
     "BOL", "PER", "Y", "LAND"),
    ("PE-2021-0114", dt.date(2021, 9, 2), "RIFLE", 9, "ILLICIT_TRAFFICKING", "USA", "", "ECU",
     "PER", "N", "LAND"),
    ("PE-2022-0107", dt.date(2022, 2, 24), "PISTOL", 22, "ILLICIT_POSSESSION", "TUR", "PER", "",
     "", "Y", "UNKNOWN"),
    ("PE-2022-0114", dt.date(2022, 10, 11), "SHOTGUN", 17, "ILLICIT_MANUFACTURE", "PER", "", "",
     "", "Y", "OTHER"),
]


# ----------------------------------------------------------------------------------------------
# cell model: ("s", text) shared string, ("i", text) inline string, ("n", number),
#             ("d", date) date cell, None = no cell
# ----------------------------------------------------------------------------------------------
def firearms_rows():
    hdr = ["ref_area", "year", "measure", "arm_type", "justification", "value", "submitted_on"]
    rows = [[("s", h) for h in hdr]]
    for y, vals in FA.items():
        for m, v in zip(FA_MEASURES, vals):
            rows.append([("s", "PER"), ("n", y), ("s", m), None, None,
                         None if v is None else ("n", v), ("d", FA_SUBMITTED)])
            if m == "SEIZED" and y in FA_TYPES:
                for t, tv in FA_TYPES[y].items():
                    rows.append([("s", "PER"), ("n", y), ("s", "SEIZED"), ("s", t), None,
                                 ("n", tv), ("d", FA_SUBMITTED)])
    return rows


def tip_rows():
    hdr = ["ref_area", "year", "measure", "sex", "age", "exploitation", "value", "submitted_on"]
    rows = [[("i", h) for h in hdr]]
    for y, leaves in TIP.items():
        def tot(sex, age, ex):
            s = 0
            for (sx, ag), vals in leaves.items():
                if sex in (sx, "_T") and age in (ag, "_T"):
                    s += sum(v for e, v in zip(EXPL, vals) if ex in (e, "_T"))
            return s
        for sx in ("F", "M", "_T"):
            for ag in ("Y0T17", "Y_GE18", "_T"):
                rows.append([("i", "PER"), ("n", y), ("i", "DETECTED_VICTIMS"), ("i", sx),
                             ("i", ag), ("i", "_T"), ("n", tot(sx, ag, "_T")),
                             ("i", TIP_SUBMITTED)])
        for e in EXPL:
            rows.append([("i", "PER"), ("n", y), ("i", "DETECTED_VICTIMS"), ("i", "_T"),
                         ("i", "_T"), ("i", e), ("n", tot("_T", "_T", e)), ("i", TIP_SUBMITTED)])
        for m, v in zip(("SUSPECTS", "PROSECUTED", "CONVICTED"), TIP_JUSTICE[y]):
            rows.append([("i", "PER"), ("n", y), ("i", m), ("i", "_T"), ("i", "_T"), None,
                         ("n", v), ("i", TIP_SUBMITTED)])
    return rows


def cases_rows():
    hdr = ["case_id", "ref_area", "seizure_date", "arm_type", "quantity", "justification",
           "country_of_manufacture", "country_of_last_import", "country_of_departure",
           "country_of_destination", "traced", "transport", "submitted_on"]
    rows = [[("s", h) for h in hdr]]
    for c in CASES:
        cid, date, at, q, j, cm, cl, cdep, cdst, tr, tp = c
        rows.append([("s", cid), ("s", "604"), ("d", date), ("s", at), ("n", q), ("s", j),
                     ("s", cm) if cm else None, ("s", cl) if cl else None,
                     ("s", cdep) if cdep else None, ("s", cdst) if cdst else None,
                     ("s", tr), ("s", tp), ("d", CASES_SUBMITTED)])
    return rows


# ----------------------------------------------------------------------------------------------
# SpreadsheetML writer
# ----------------------------------------------------------------------------------------------
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
EXCEL_EPOCH = dt.date(1899, 12, 30)
STYLE_DATE = 1      # cellXfs index with numFmtId 164 (yyyy-mm-dd)
STYLE_HEADER = 2    # bold


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class SharedStrings:
    def __init__(self):
        self.index, self.items, self.count = {}, [], 0

    def get(self, text):
        self.count += 1
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        body = "".join(f"<si><t>{escape(t)}</t></si>" for t in self.items)
        return (f'{XML_DECL}<sst xmlns="{NS_MAIN}" count="{self.count}" '
                f'uniqueCount="{len(self.items)}">{body}</sst>')


def fmt_num(v):
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def sheet_xml(rows, sst):
    ncols = max(len(r) for r in rows)
    out = [f'{XML_DECL}<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">',
           f'<dimension ref="A1:{col_letter(ncols - 1)}{len(rows)}"/>',
           '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
           'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
           '<sheetFormatPr defaultRowHeight="15"/>',
           f'<cols><col min="1" max="{ncols}" width="16" customWidth="1"/></cols>',
           "<sheetData>"]
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, cell in enumerate(row):
            if cell is None:
                continue
            ref = f"{col_letter(ci)}{ri}"
            kind, v = cell
            style = f' s="{STYLE_HEADER}"' if ri == 1 else ""
            if kind == "s":
                cells.append(f'<c r="{ref}" t="s"{style}><v>{sst.get(v)}</v></c>')
            elif kind == "i":
                cells.append(f'<c r="{ref}" t="inlineStr"{style}><is><t>{escape(v)}</t></is></c>')
            elif kind == "n":
                cells.append(f'<c r="{ref}"{style}><v>{fmt_num(v)}</v></c>')
            elif kind == "d":
                cells.append(f'<c r="{ref}" s="{STYLE_DATE}"><v>{(v - EXCEL_EPOCH).days}</v></c>')
            else:
                raise ValueError(kind)
        out.append(f'<row r="{ri}" spans="1:{ncols}">{"".join(cells)}</row>')
    out.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
               'header="0.3" footer="0.3"/></worksheet>')
    return "".join(out)


STYLES = (f'{XML_DECL}<styleSheet xmlns="{NS_MAIN}">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
          '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3">'
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '</cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')


def build(out_path):
    sheets = [("firearms", firearms_rows()), ("tip", tip_rows()),
              ("firearms_cases", cases_rows())]
    sst = SharedStrings()
    sheet_parts = [sheet_xml(rows, sst) for _, rows in sheets]
    n = len(sheets)
    ct = (f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(1, n + 1))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    root_rels = (f'{XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>')
    workbook = (f'{XML_DECL}<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
                '<workbookPr date1904="0"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
                + "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                          for i, (name, _) in enumerate(sheets, start=1))
                + '</sheets></workbook>')
    wb_rels = (f'{XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                         for i in range(1, n + 1))
               + f'<Relationship Id="rId{n + 1}" Type="{NS_REL}/styles" Target="styles.xml"/>'
               f'<Relationship Id="rId{n + 2}" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>')
    core = (f'{XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Peru national return 2019-2022 (sample)</dc:title>'
            '<dc:creator>sdg16 data-samples</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-06-30T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-07-14T00:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = (f'{XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Excel</Application>'
           f'<TitlesOfParts><vt:vector size="{n}" baseType="lpstr">'
           + "".join(f"<vt:lpstr>{escape(name)}</vt:lpstr>" for name, _ in sheets)
           + '</vt:vector></TitlesOfParts></Properties>')

    parts = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
             ("docProps/core.xml", core), ("docProps/app.xml", app),
             ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
             ("xl/styles.xml", STYLES)]
    parts += [(f"xl/worksheets/sheet{i}.xml", x) for i, x in enumerate(sheet_parts, start=1)]
    parts.append(("xl/sharedStrings.xml", sst.xml()))

    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2023, 7, 14, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return {name: len(rows) - 1 for name, rows in sheets}


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    counts = build(out)
    print(f"wrote {os.path.normpath(out)}: " +
          ", ".join(f"{k}={v} data rows" for k, v in counts.items()))
