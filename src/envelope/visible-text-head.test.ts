import { describe, expect, it } from "vitest";
import { seededRandom } from "../../scripts/lib/seeded-random.mjs";
import { visibleTextHead } from "./visible-text-head.js";

/** What a reader sees of a text without tags or entities: its words, one space between, cut at `limit`. */
function wordsOf(text: string, limit: number): string {
  return text
    .split(/[ \t\n\r\f\u00a0\u2002\u2003]+/)
    .filter((w) => w !== "")
    .join(" ")
    .slice(0, limit);
}

describe("visibleTextHead", () => {
  it("reads a plain text (no < or &) as its words, whatever its blanks and length", () => {
    const random = seededRandom(13);
    const pieces = ["Form", "12b-25", "x", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2002", "\f", " ".repeat(60)];
    for (let n = 0; n < 400; n++) {
      let text = "";
      const length = Math.floor(random() * 900);
      while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
      const limit = 1 + Math.floor(random() * 120);
      const start = Math.floor(random() * 5);
      expect(visibleTextHead(text, start, text.length, limit)).toBe(wordsOf(text.slice(start), limit));
    }
  });

  it("reads markup after a plain stretch (tags blanked, entities decoded)", () => {
    const plain = "NOTIFICATION   OF\nLATE ".repeat(3);
    expect(visibleTextHead(`${plain}<b>FILING</b> A&amp;B`, 0, 200)).toBe(`${wordsOf(plain, 200)} FILING A&B`);
    expect(visibleTextHead(`${plain}<b>FILING</b>`, 0, 200, 10)).toBe("NOTIFICATI");
  });
});
