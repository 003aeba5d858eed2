import { describe, expect, it } from "vitest";
import { bodyOffset } from "./body-offset.js";
import { derivedOffset } from "./derived-offset.js";
import { DerivedTextBuilder, identityText, PieceMapBuilder } from "./derived-text.js";
import { inputOffset } from "./input-offset.js";
import { LineIndex } from "./line-index.js";
import { longTextOffset } from "./long-text-offset.js";
import { bodyToInput, derivedToBody, derivedToInput, longTextToDerived } from "./offset-maps.js";

/** `<p>Form <b>10-K</b></p>` rendered as "Form 10-K\n", piece by piece. */
function rendered() {
  const b = new DerivedTextBuilder();
  b.push("Form ", bodyOffset(3), true);
  b.push("10-K", bodyOffset(11), true);
  b.push("\n", bodyOffset(24), false);
  return b.build();
}

describe("bodyToInput", () => {
  it("adds the body's start in the input", () => {
    expect(bodyToInput(bodyOffset(0), inputOffset(0))).toBe(0);
    expect(bodyToInput(bodyOffset(7), inputOffset(120))).toBe(127);
  });
});

describe("derivedToBody", () => {
  it("follows a rendered text's pieces back to the HTML", () => {
    const derived = rendered();
    expect(derived.text).toBe("Form 10-K\n");
    expect(derivedToBody(derived, derivedOffset(0))).toBe(3);
    expect(derivedToBody(derived, derivedOffset(4))).toBe(7);
    expect(derivedToBody(derived, derivedOffset(5))).toBe(11);
    expect(derivedToBody(derived, derivedOffset(8))).toBe(14);
    // A piece that is not a copy maps every offset to its start.
    expect(derivedToBody(derived, derivedOffset(9))).toBe(24);
  });

  it("is the identity for a plain-text body", () => {
    expect(derivedToBody(identityText("abc"), derivedOffset(2))).toBe(2);
    expect(derivedToBody(identityText("a\u2612c", "aþc"), derivedOffset(2))).toBe(2);
  });

  it("maps into offset 0 when nothing was written", () => {
    expect(derivedToBody(new DerivedTextBuilder().build(), derivedOffset(3))).toBe(0);
  });
});

describe("derivedToInput", () => {
  it("goes through the body to the input", () => {
    expect(derivedToInput(rendered(), derivedOffset(5), inputOffset(1000))).toBe(1011);
    expect(derivedToInput(identityText("abc"), derivedOffset(1), inputOffset(40))).toBe(41);
  });
});

describe("longTextToDerived", () => {
  it("follows a long text's words back to the derived lines they were taken from", () => {
    // "due to   the\naudit" collapsed to "due to the audit".
    const b = new PieceMapBuilder(longTextOffset, derivedOffset);
    b.push("due", derivedOffset(0), true);
    b.push(" ", derivedOffset(3));
    b.push("to", derivedOffset(4), true);
    b.push(" ", derivedOffset(6));
    b.push("the", derivedOffset(9), true);
    b.push(" ", derivedOffset(12));
    b.push("audit", derivedOffset(13), true);
    const long = b.build();
    expect(long.text).toBe("due to the audit");
    expect(b.size).toBe(16);
    expect(longTextToDerived(long, longTextOffset(7))).toBe(9);
    expect(longTextToDerived(long, longTextOffset(12))).toBe(14);
    expect(longTextToDerived(long, longTextOffset(10))).toBe(12);
  });
});

describe("LineIndex.offsetAt", () => {
  it("is the way back from a point, clamped to the text", () => {
    const index = new LineIndex("ab\r\ncd\nef", inputOffset);
    expect(index.offsetAt(2, 1)).toBe(4);
    expect(index.point(inputOffset(5))).toMatchObject({ line: 2, column: 2 });
    expect(index.offsetAt(2, 2)).toBe(5);
    expect(index.offsetAt(3, 9)).toBe(9);
    expect(index.offsetAt(4, 1)).toBeNull();
    expect(index.offsetAt(1, 0)).toBeNull();
  });
});
