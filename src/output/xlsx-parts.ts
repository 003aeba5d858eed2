/**
 * The fixed parts of the workbook the xlsx writer makes (SpreadsheetML):
 * package relations, content types, the workbook with its one sheet, the
 * styles, and the sheet's XML before and after its rows.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Number format ids of the date styles (164 is the first id a workbook defines). */
const DATE_FORMAT_ID = 164;
const MONTH_FORMAT_ID = 165;

/** Cell style ids (`s`) of {@link stylesXml}: plain, bold header, date, date without a day. */
export const STYLE = { plain: 0, header: 1, date: 2, month: 3 } as const;

/** One column of the sheet: its width in characters and whether it holds dates. */
export interface SheetColumn {
  width: number;
  date: boolean;
}

/** The text of an XML attribute or element: `&`, `<`, `>`, `"` and carriage return escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" })[c] ?? c);
}

/** The column letters of a 0-based column number (`0` → `A`, `26` → `AA`). */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `[Content_Types].xml`. */
export function contentTypesXml(): string {
  const office = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  return (
    DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${office}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${office}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${office}.styles+xml"/>` +
    "</Types>"
  );
}

/** `_rels/.rels`: the package's main part is the workbook. */
export function packageRelsXml(): string {
  return (
    DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELATIONS}">` +
    `<Relationship Id="rId1" Type="${RELATIONS}/officeDocument" Target="xl/workbook.xml"/>` +
    "</Relationships>"
  );
}

/** `xl/workbook.xml`: one sheet, named `sheet`. */
export function workbookXml(sheet: string): string {
  return (
    DECLARATION +
    `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets>` +
    "</workbook>"
  );
}

/** `xl/_rels/workbook.xml.rels`: the sheet and the styles. */
export function workbookRelsXml(): string {
  return (
    DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELATIONS}">` +
    `<Relationship Id="rId1" Type="${RELATIONS}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${RELATIONS}/styles" Target="styles.xml"/>` +
    "</Relationships>"
  );
}

/** `xl/styles.xml`: the cell styles of {@link STYLE}, dates shown as `dateFormat` and `monthFormat`. */
export function stylesXml(dateFormat: string, monthFormat: string): string {
  const font = (bold: boolean): string => `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = (format: number, fontId: number): string =>
    `<xf numFmtId="${format}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${format !== 0 ? ' applyNumberFormat="1"' : ""}${fontId !== 0 ? ' applyFont="1"' : ""}/>`;
  return (
    DECLARATION +
    `<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="2"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${escapeXml(dateFormat)}"/><numFmt numFmtId="${MONTH_FORMAT_ID}" formatCode="${escapeXml(monthFormat)}"/></numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="4">${xf(0, 0)}${xf(0, 1)}${xf(DATE_FORMAT_ID, 0)}${xf(MONTH_FORMAT_ID, 0)}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

/** The sheet's XML before its rows: the header row frozen, the columns' widths (date columns styled as dates). */
export function sheetHead(columns: readonly SheetColumn[]): string {
  const cols = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.date ? ` style="${STYLE.date}"` : ""}/>`)
    .join("");
  return (
    DECLARATION +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    "<sheetData>"
  );
}

/** The sheet's XML after its rows. */
export function sheetTail(): string {
  return "</sheetData></worksheet>";
}
