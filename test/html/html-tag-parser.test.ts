/**
 * The ported tokenizer and the tag parser give what htmlparser2 gives: the
 * same tokenizer callbacks with the same offsets as htmlparser2's Tokenizer
 * (references left as written), and the same elements, attributes read,
 * text (decoded) and positions as htmlparser2's Parser, on every HTML
 * fixture and on tag soups rich in references, quotes, raw text elements,
 * foreign content and tags cut off by the end of the input.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import type { Handler, Parser, ParserOptions, Tokenizer, TokenizerCallbacks } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { tokenize, type TokenCallbacks } from "../../src/render/html-tokenizer.js";
import { parseTags } from "../../src/render/html-tag-parser.js";
import { decodeText } from "../../src/render/entity-decoding.js";
import { READ_ATTRIBUTES } from "../../src/render/html-elements.js";
import { FIXTURES } from "../helpers/fuzz-seeds.js";

const htmlparser2 = createRequire(import.meta.url)("htmlparser2") as {
  Parser: new (cbs: Partial<Handler>, options?: ParserOptions) => Parser;
  Tokenizer: new (options: { decodeEntities?: boolean }, cbs: TokenizerCallbacks) => Tokenizer;
};

const FRAGMENTS = [
  ...["<div>", "</div>", "<p>", "</p>", "<P>", "</P >", "<table>", "</table>", "<tr>", "<td>", "</td>", "<br>", "</br>", "<BR/>"],
  ...["<b>", "</b>", "<pre>", "\n", " ", "\t", "\r\n", "word", "Form 10-K", "þ", "\u00a0", "☒", "<", ">", "</", "</ >", "</3>"],
  ...["&nbsp;", "&nbsp", "&amp", "&amp;", "&AMP", "&ampx", "&notit;", "&notin;", "&not", "&#9746;", "&#9746", "&#x2610", "&#x"],
  ...["&#", "&#;", "&#0;", "&#128;", "&#x110000;", "&#00000000065;", "&", "&&", "&lt;PAGE&gt;", "&copy=", "&foo;", "&NotEqualTilde;"],
  ...["<font face=Wingdings>", "<font face='Wing&amp;dings'>", '<font FACE="a&quot;b">', "</font>", '<span style="font-family: Wingdings">'],
  ...["<span STYLE='display:none'>", "<span style=font-family:Wingdings&amp;>", "</span>", "<span class='w&amp;x' class=y>"],
  ...["<style>", "</style>", "<style/>", ".w{font-family:&quot;Wingdings&quot;}", "<!-- c -->", "<!-->", "<!--", "-->", "--->", "<?x?>"],
  ...["<!DOCTYPE html>", "<script>", "</script>", "<script/>", "<sCrIpT>a&amp;<b</ScRiPt >", '<img src=box.gif alt="checked &amp; box">'],
  ...["<input type=checkbox checked>", "<TYPE>NT 10-K\n", "<svg>", "</svg>", "<math>", "</math>", "<x/>", "<mi>", "</mi>", "<title>"],
  ...["</title>", "<li>", "<hr>", "<a href='&amp;'>", "</a>", "<textarea>", "</textarea>", "<textarea/>", "<xmp>", "</xmp>", "<xmp/>"],
  ...["<a<b>", "<p/>", '="', "'", '"', "<div hidden>", "<div hidden=hidden class>", "<![CDATA[x]]>", "<![CDATA[", "]]>", "<th>"],
  ...["<tbody>", "<tfoot>", "<option>", "<select>", "<dd>", "<dt>", "<rt>", "<body>", "<head>", "</head>", '<a b="x', "<a b='"],
  ...["<a b=", "<a b", "<a ", "<a/", "<s>", "<sc>", "<st>", "<t>", "<ti>", "<te>", "<scriptx>", "<style x=1>", "<desc>", "</foreignobject>"],
];
const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(""));

function fixtures(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) fixtures(path, out);
    else if (/\.(html?|txt)$/i.test(name)) out.push(readFileSync(path, "utf8"));
  }
  return out;
}
const FIXTURE_TEXTS = fixtures(FIXTURES);

/** Every tokenizer callback as a line: name and arguments. */
function recorder(out: string[]): TokenCallbacks & TokenizerCallbacks {
  const log =
    (name: string) =>
    (...args: number[]): void => {
      out.push(`${name} ${args.join(",")}`);
    };
  return {
    onattribdata: log("attribdata"),
    onattribentity: log("attribentity"),
    onattribend: log("attribend"),
    onattribname: log("attribname"),
    oncdata: log("cdata"),
    onclosetag: log("closetag"),
    oncomment: log("comment"),
    ondeclaration: log("declaration"),
    onend: log("end"),
    onopentagend: log("opentagend"),
    onopentagname: log("opentagname"),
    onprocessinginstruction: log("instruction"),
    onselfclosingtag: log("selfclosingtag"),
    ontext: (start: number, endIndex: number): void => void out.push(`text ${start},${endIndex}`),
    ontextentity: log("textentity"),
  };
}

function portedTokens(html: string): string[] {
  const out: string[] = [];
  tokenize(html, recorder(out));
  return out;
}

function htmlparser2Tokens(html: string): string[] {
  const out: string[] = [];
  const tokenizer = new htmlparser2.Tokenizer({ decodeEntities: false }, recorder(out));
  tokenizer.write(html);
  tokenizer.end();
  return out;
}

/** What the renderer sees of one element's attributes. */
function kept(attribs: Record<string, string>): string {
  return JSON.stringify(Object.entries(attribs).filter(([name]) => READ_ATTRIBUTES.has(name)));
}

/** The tag parser's events, consecutive texts joined and decoded (raw text elements as written). */
function tagEvents(html: string): string[] {
  const out: string[] = [];
  let text: { data: string; start: number; end: number } | null = null;
  const flush = (): void => {
    if (text) out.push(`text ${JSON.stringify(text.data)} ${text.start}-${text.end}`);
    text = null;
  };
  parseTags(html, {
    text(raw, start, end, references) {
      const data = references ? decodeText(raw) : raw;
      if (text) {
        text.data += data;
        text.end = end;
      } else text = { data, start, end };
    },
    open(name, attribs, start) {
      flush();
      out.push(`open ${name} ${kept(attribs)} ${start}`);
    },
    close() {
      flush();
      out.push("close");
    },
    comment(data) {
      flush();
      out.push(`comment ${JSON.stringify(data)}`);
    },
    instruction() {
      flush();
      out.push("instruction");
    },
    end() {
      flush();
      out.push("end");
    },
  });
  return out;
}

/** The same events from htmlparser2's Parser (entities decoded by it). */
function parserEvents(html: string): string[] {
  const out: string[] = [];
  let text: { data: string; start: number; end: number } | null = null;
  const flush = (): void => {
    if (text) out.push(`text ${JSON.stringify(text.data)} ${text.start}-${text.end}`);
    text = null;
  };
  const parser: Parser = new htmlparser2.Parser({
    ontext(data) {
      if (text) {
        text.data += data;
        text.end = parser.endIndex;
      } else text = { data, start: parser.startIndex, end: parser.endIndex };
    },
    onopentag(name, attribs) {
      flush();
      out.push(`open ${name} ${kept(attribs)} ${parser.startIndex}`);
    },
    onclosetag() {
      flush();
      out.push("close");
    },
    oncomment(data) {
      flush();
      out.push(`comment ${JSON.stringify(data)}`);
    },
    onprocessinginstruction() {
      flush();
      out.push("instruction");
    },
    onend() {
      flush();
      out.push("end");
    },
  });
  parser.end(html);
  return out;
}

/** A `<title>`'s text, which htmlparser2 decodes but the renderer never reads, is left as written: not compared. */
function withoutTitleText(events: string[]): string[] {
  return events.map((e, i) => (events[i - 1]?.startsWith("open title ") && e.startsWith("text ") ? "text (title)" : e));
}

describe("html-tokenizer", () => {
  it("calls back as htmlparser2's tokenizer does, with the same offsets, on every fixture", () => {
    for (const html of FIXTURE_TEXTS) expect(portedTokens(html)).toEqual(htmlparser2Tokens(html));
  });

  it("calls back as htmlparser2's tokenizer does on tag soup", () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(portedTokens(html)).toEqual(htmlparser2Tokens(html));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("html-tag-parser", () => {
  it("opens and closes the elements htmlparser2's parser does, with the same text and positions, on every fixture", () => {
    for (const html of FIXTURE_TEXTS) expect(withoutTitleText(tagEvents(html))).toEqual(withoutTitleText(parserEvents(html)));
  });

  it("does so on tag soup", () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(withoutTitleText(tagEvents(html))).toEqual(withoutTitleText(parserEvents(html)));
      }),
      { numRuns: 3000 },
    );
  });
});
