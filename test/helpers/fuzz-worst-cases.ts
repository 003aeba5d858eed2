import { HTML_SAMPLE, TEXT_SAMPLE, sampleText } from "./fuzz-seeds.js";

/**
 * Constructed worst-case inputs: each is a real notice (so the whole
 * pipeline runs, not just the envelope's early skip) carrying one hostile
 * payload. `build(scale)` makes the input at `scale` times its nominal size
 * (scale 1 = the size named in `name`), so a test or benchmark can check
 * that time grows linearly as the size doubles.
 */
export interface WorstCase {
  name: string;
  /** What the payload is and which code it aims at. */
  about: string;
  build(scale: number): Buffer;
}

/** Inserts `payload` right after the first `anchor` of `text` (the anchor must be there). */
export function injectAfter(text: string, anchor: string, payload: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`worst case: anchor ${JSON.stringify(anchor)} not in the sample`);
  const cut = at + anchor.length;
  return text.slice(0, cut) + payload + text.slice(cut);
}

/** Inserts `payload` right before the first `anchor` of `text`. */
export function injectBefore(text: string, anchor: string, payload: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`worst case: anchor ${JSON.stringify(anchor)} not in the sample`);
  return text.slice(0, at) + payload + text.slice(at);
}

/** `unit` repeated until the result is at least `bytes` long. */
export function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

const MB = 1024 * 1024;
const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");

// Anchors in fixtures/samples/igene-nt10k-1998.txt.
const IGENE_NARRATIVE = "(Attach Extra Sheets if Needed)\n";
const IGENE_CHECK_ONE = "(Check One):     x   Form 10-K\tForm 20-F\tForm 11-K\tForm 10-Q\tForm N-SAR\n";
const IGENE_PART4 = "PART IV  OTHER INFORMATION";
const IGENE_Q3_ANSWER = "thereof?  \nNO\n";
const IGENE_SIGNATURE_DATE = "Date:\tMarch 25, 1998\n";
// Anchors in fixtures/samples/0001213900-26-083374.htm.
const HTML_NARRATIVE_END = "or as soon as practicable.</P>";
const HTML_BODY_OPEN = `<BODY STYLE="font: 10pt Times New Roman, Times, Serif">`;
const HTML_BODY_CLOSE = "</BODY>";

const PROSE = "The Company's independent registered public accounting firm has not completed its audit of the financial statements, (Attach ";
const PROSE_SENTENCE = "The audit is not complete. ";

function igene(): string {
  return sampleText(TEXT_SAMPLE);
}

function html(): string {
  return sampleText(HTML_SAMPLE);
}

/** The HTML sample with its `<BODY>` content wrapped in `open`×n … `close`×n. */
function wrapBody(n: number, open: string, close: string): string {
  const text = html();
  const a = text.indexOf(HTML_BODY_OPEN) + HTML_BODY_OPEN.length;
  const b = text.indexOf(HTML_BODY_CLOSE);
  if (a < HTML_BODY_OPEN.length || b < a) throw new Error("worst case: no <BODY> in the HTML sample");
  return text.slice(0, a) + open.repeat(n) + text.slice(a, b) + close.repeat(n) + text.slice(b);
}

/** The SEC-HEADER of an NT 10-K submission, with `extraLines` more header lines (filer blocks). */
function header(extraLines: number): string {
  const lines = [
    "<SEC-DOCUMENT>0001010101-01-000001.txt : 20010402",
    "<SEC-HEADER>0001010101-01-000001.hdr.sgml : 20010402",
    "ACCESSION NUMBER:\t\t0001010101-01-000001",
    "CONFORMED SUBMISSION TYPE:\tNT 10-K",
    "PUBLIC DOCUMENT COUNT:\t\t1",
    "FILED AS OF DATE:\t\t20010402",
    "",
    "FILER:",
    "\tCOMPANY DATA:\t",
    "\t\tCOMPANY CONFORMED NAME:\t\t\tEMPTY SHELL CORP",
    "\t\tCENTRAL INDEX KEY:\t\t\t0001010101",
  ];
  const filler: string[] = [];
  for (let i = 0; i < extraLines; i++) filler.push(i % 2 === 0 ? "\t\tFORMER COMPANY:\t" : `\t\t\tFORMER CONFORMED NAME:\tSHELL ${i} CORP`);
  return [...lines, ...filler, "</SEC-HEADER>", ""].join("\n");
}

/**
 * The constructed worst cases of the robustness suite and of
 * `npm run bench:adversarial` (scripts/bench-adversarial.mjs).
 */
export const WORST_CASES: readonly WorstCase[] = [
  {
    name: "text: 10 MB single line in Part III",
    about: "one 10 MB line of prose: line splitting, long-text building, reason sentences",
    build: (s) => utf8(injectAfter(igene(), IGENE_NARRATIVE, fill(PROSE_SENTENCE, 10 * MB * s) + "\n")),
  },
  {
    name: "text: whole notice on one 10 MB line",
    about: "every line break of the notice replaced by a space, padded with prose: line-anchored patterns run on one huge line",
    build: (s) => utf8((igene().replace(/\r?\n/g, " ") + " " + fill(PROSE, 10 * MB * s)).slice(0, Math.ceil(10 * MB * s))),
  },
  {
    name: "html: 10 MB text node",
    about: "one 10 MB paragraph without tags in the narrative: text node rendering, entity alignment",
    build: (s) => utf8(injectAfter(html(), HTML_NARRATIVE_END, `<P>${fill(PROSE_SENTENCE, 10 * MB * s)}</P>`)),
  },
  {
    name: 'text: "PART IV" caption x100,000',
    about: "section finder and Part IV readers facing 100,000 headings",
    build: (s) => utf8(injectBefore(igene(), IGENE_PART4, "PART IV\n".repeat(Math.round(100_000 * s)))),
  },
  {
    name: 'text: "For Period Ended" caption x100,000',
    about: "cover period reader facing 100,000 captions with dates",
    build: (s) => utf8(injectAfter(igene(), IGENE_CHECK_ONE, "For Period Ended: December 31, 1997\n".repeat(Math.round(100_000 * s)))),
  },
  {
    name: "text: 100,000 checkboxes",
    about: "report-type boxes: the choice reader's label and mark scans",
    build: (s) => utf8(injectAfter(igene(), IGENE_CHECK_ONE, "[X] Form 10-K  [ ] Form 10-Q  ".repeat(Math.round(50_000 * s)) + "\n")),
  },
  {
    name: "text: 100,000 bare marks on lines",
    about: "a bare `x` per line: the mark pattern at every line start",
    build: (s) => utf8(injectAfter(igene(), IGENE_CHECK_ONE, "x  Form 10-K\n".repeat(Math.round(100_000 * s)))),
  },
  {
    name: "html: 100,000 checkbox glyphs",
    about: "&#9746;/&#9744; glyph decisions and mark tokens of the HTML front end",
    build: (s) => utf8(injectAfter(html(), HTML_NARRATIVE_END, `<P>${"&#9746; Form 10-K &#9744; Form 10-Q ".repeat(Math.round(50_000 * s))}</P>`)),
  },
  {
    name: "html: 100,000 checkbox inputs in table cells",
    about: "one row of 100,000 cells holding <input type=checkbox>: row joining of the HTML front end",
    build: (s) =>
      utf8(
        injectAfter(
          html(),
          HTML_NARRATIVE_END,
          `<TABLE><TR>${'<TD><INPUT TYPE="checkbox" CHECKED> Yes</TD><TD><INPUT TYPE="checkbox"> No</TD>'.repeat(Math.round(50_000 * s))}</TR></TABLE>`,
        ),
      ),
  },
  {
    name: "html: 1 MB of letters in a Wingdings font",
    about: "every letter a symbol-font glyph: one mark or warning per character (warnings are capped per ruleId)",
    build: (s) =>
      utf8(injectAfter(html(), HTML_NARRATIVE_END, `<P><FONT STYLE="font-family: Wingdings">${fill("Form 10-K ", 1 * MB * s)}</FONT></P>`)),
  },
  {
    name: "html: <div> nested 10,000 deep",
    about: "the DOM walk's depth: the whole body inside 10,000 nested blocks",
    build: (s) => utf8(wrapBody(Math.round(10_000 * s), "<DIV>", "</DIV>")),
  },
  {
    name: "html: tables nested 10,000 deep",
    about: "rows in cells in rows …: the table depth cap",
    build: (s) => utf8(wrapBody(Math.round(10_000 * s), "<TABLE><TR><TD>", "</TD></TR></TABLE>")),
  },
  {
    name: "html: 10,000 unclosed <font> tags",
    about: "inline elements never closed: nesting built by the HTML parser",
    build: (s) => utf8(wrapBody(Math.round(10_000 * s), '<FONT STYLE="font-family: Wingdings">', "")),
  },
  {
    name: "envelope: unclosed <TEXT>",
    about: "a document whose <TEXT> never closes, followed by 100,000 more lines",
    build: (s) =>
      utf8(
        header(0) +
          "<DOCUMENT>\n<TYPE>NT 10-K\n<SEQUENCE>1\n<TEXT>\n" +
          igene() +
          "\nMore text after the notice, never closed.\n".repeat(Math.round(100_000 * s)),
      ),
  },
  {
    name: "envelope: header with no body",
    about: "an NT 10-K header of 100,000 lines and no document",
    build: (s) => utf8(header(Math.round(100_000 * s)) + "</SEC-DOCUMENT>\n"),
  },
  {
    name: "envelope: 20,000 documents",
    about: "20,000 exhibit documents after the notice: the letter test per document",
    build: (s) =>
      utf8(
        header(0) +
          "<DOCUMENT>\n<TYPE>NT 10-K\n<TEXT>\n" +
          igene() +
          "</TEXT>\n</DOCUMENT>\n" +
          "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\nTo Whom It May Concern: we have read the notice.\n</TEXT>\n</DOCUMENT>\n".repeat(
            Math.round(20_000 * s),
          ),
      ),
  },
  {
    name: 'text: "(Attach extra sheets if needed)" x100,000',
    about: "100,000 printed instructions in Part III: the spans cut from the narrative",
    build: (s) => utf8(injectAfter(igene(), IGENE_NARRATIVE, "(Attach extra sheets if needed) ".repeat(Math.round(100_000 * s)) + "\n")),
  },
  {
    name: 'text: "State below in reasonable detail" x100,000',
    about: "the Part III instruction pattern's 400-character span tried at 100,000 places",
    build: (s) => utf8(injectAfter(igene(), IGENE_NARRATIVE, "State below in reasonable detail the reasons ".repeat(Math.round(100_000 * s)) + "\n")),
  },
  {
    name: "text: 10 MB of underscores",
    about: "one line of underscores: the empty-box mark `___` and rule lines",
    build: (s) => utf8(injectAfter(igene(), IGENE_CHECK_ONE, fill("_", 10 * MB * s) + "\n")),
  },
  {
    name: "text: 10 MB of spaces and tabs",
    about: "one line of blanks in Part III: white-space runs and column gaps",
    build: (s) => utf8(injectAfter(igene(), IGENE_NARRATIVE, fill(" \t", 10 * MB * s) + "x\n")),
  },
  {
    name: "text: 1,000,000 blank lines",
    about: "empty lines between Part III and Part IV: line splitting and filler tests",
    build: (s) => utf8(injectBefore(igene(), IGENE_PART4, "\n".repeat(Math.round(1_000_000 * s)))),
  },
  {
    name: "text: 100,000 YES/NO answers",
    about: "Part IV yes/no reader facing 100,000 answers",
    build: (s) => utf8(injectAfter(igene(), IGENE_Q3_ANSWER, "YES NO ".repeat(Math.round(100_000 * s)) + "\n")),
  },
  {
    name: "text: 100,000 dates in the signature",
    about: "date pattern and signature readers facing 100,000 dates",
    build: (s) => utf8(injectAfter(igene(), IGENE_SIGNATURE_DATE, "December 31, 1997 ".repeat(Math.round(100_000 * s)) + "\n")),
  },
  {
    name: "text: 100,000 amounts in Part IV (3)",
    about: "amount, metric and period patterns of the change explanation",
    build: (s) =>
      utf8(injectAfter(igene(), IGENE_Q3_ANSWER, "net loss of $1,234,567 for the year ended December 31, 1997, ".repeat(Math.round(100_000 * s)) + "\n")),
  },
  {
    name: "text: one 1 MB word",
    about: "a single word of 1 MB: word splitting and bounded-length word patterns",
    build: (s) => utf8(injectAfter(igene(), IGENE_NARRATIVE, fill("a", 1 * MB * s) + "\n")),
  },
  {
    name: "html: 10 MB of unclosed '<a'",
    about: "tag openers that never close: the HTML tokenizer and the visible-text head",
    build: (s) => utf8(injectAfter(html(), HTML_NARRATIVE_END, fill("<a ", 10 * MB * s))),
  },
  {
    name: "html: 1,000,000 entities",
    about: "entity decoding and source alignment",
    build: (s) => utf8(injectAfter(html(), HTML_NARRATIVE_END, `<P>${"&amp;&nbsp;&#8212;".repeat(Math.round(333_334 * s))}</P>`)),
  },
  {
    name: "text: CR-only line ends, 100,000 lines",
    about: "old Mac line ends throughout, Part III padded with 100,000 lines",
    build: (s) =>
      utf8(injectAfter(igene(), IGENE_NARRATIVE, `${PROSE_SENTENCE}\n`.repeat(Math.round(100_000 * s))).replace(/\r?\n/g, "\r")),
  },
];
