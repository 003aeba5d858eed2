/**
 * The streaming pass gives what a DOM walk gave: the nodes htmlparser2's DOM
 * handler would build (text joined across what the parser drops, first
 * children known), style sheets wherever they sit, and each distinct style
 * string read once.
 */
import { describe, expect, it } from "vitest";
import { streamNodes, type TextNode } from "../../src/render/html-node-stream.js";
import { htmlToText } from "../../src/render/html-to-text.js";
import { styleOf } from "../../src/render/element-font.js";

/** The events the stream hands on, one string each. */
function events(html: string, decline: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  streamNodes(html, {
    open(name: string): boolean {
      out.push(`<${name}>`);
      return !decline.has(name);
    },
    close(): void {
      out.push("</>");
    },
    text(node: TextNode): void {
      out.push(`${JSON.stringify(node.data)}@${node.start}-${node.end}${node.literal ? "" : " decoded"}${node.first ? " first" : ""}`);
    },
    styleSheet(css: string): void {
      out.push(`css ${css}`);
    },
  });
  return out;
}

describe("html-node-stream", () => {
  it("joins text the parser splits or cuts (references, dropped end tags) into one node, as the DOM did", () => {
    expect(events("<p>a&amp;b</x>c</p>")).toEqual(["<p>", '"a&bc"@3-14 decoded first', "</>"]);
    expect(events("<p>plain</p>")).toEqual(["<p>", '"plain"@3-7 first', "</>"]);
  });

  it("knows a text after a comment is not its element's first child", () => {
    expect(events("<pre><!-- c -->\nx</pre>")).toEqual(["<pre>", '"\\nx"@15-16', "</>"]);
  });

  it("hands on style sheets inside dropped or declined elements and skips what the sink declines", () => {
    expect(events("<head><style>.a{font-family:Wingdings}</style></head><div>x<b>y</b></div>", new Set(["head", "b"]))).toEqual([
      "<head>",
      "css .a{font-family:Wingdings}",
      "<div>",
      '"x"@58-58 first',
      "<b>",
      "</>",
    ]);
  });
});

describe("streaming render", () => {
  it("gives a class the font of a style sheet that comes after the element", () => {
    const before = htmlToText('<style>.wd{font-family:Wingdings}</style><p>Form 10-K <span class="wd">x</span></p>');
    const after = htmlToText('<p>Form 10-K <span class="wd">x</span></p><style>.wd{font-family:Wingdings}</style>');
    expect(before.marks.map((m) => m.state)).toEqual(["checked"]);
    expect(after.marks.map((m) => m.state)).toEqual(["checked"]);
    expect(after.derived.text).toBe(before.derived.text);
  });

  it("reads each distinct style string once", () => {
    expect(styleOf("font-family: Wingdings; color: red")).toBe(styleOf("font-family: Wingdings; color: red"));
    expect(styleOf("display:none").hidden).toBe(true);
  });
});
