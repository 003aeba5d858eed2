import { describe, expect, it } from "vitest";
import { canonicalReportType } from "./cover/cover-boxes.js";
import { readChoices, type Choice } from "./read-choices.js";
import { REPORT_TYPE_LABEL } from "./cover/cover-patterns.js";
import { YES_NO_LABEL } from "./part4/part4-patterns.js";

/** The states of a row, in label order. */
function states(text: string, labels: RegExp): (boolean | null)[] {
  return readChoices(text, labels).map((c) => c.state);
}

/** The canonical types of a row's marked boxes. */
function marked(text: string): string[] {
  return readChoices(text, REPORT_TYPE_LABEL)
    .filter((c) => c.state === true)
    .map((c) => canonicalReportType(c.match.groups?.type ?? "") ?? "?");
}

describe("readChoices: mark families before their labels", () => {
  const checked = ["[X]", "[ X ]", "[x]", "[ x ]", "|X|", "| x |", "/X/", "/ x /", "(X)", "(x)", "X", "x", "XX", "_X_", "X__", "__X", "\u2612"];
  const empty = ["[ ]", "[]", "[_]", "[   ]", "|_|", "| |", "/ /", "/   /", "( )", "__", "____", "\u2610"];
  for (const on of checked) {
    for (const off of empty) {
      it(`${on} marked, ${off} empty`, () => {
        const row = `(Check One): ${off} Form 10-K  ${on} Form 10-Q  ${off} Form N-SAR`;
        expect(states(row, REPORT_TYPE_LABEL)).toEqual([false, true, false]);
      });
    }
  }
});

describe("readChoices: marks after their labels", () => {
  it("Form 10-K [X]  Form 20-F [ ]", () => {
    expect(states("Form 10-K [X]   Form 20-F [ ]   Form 11-K [ ]", REPORT_TYPE_LABEL)).toEqual([true, false, false]);
  });
  it("Yes [X] No [ ]", () => {
    expect(states("Yes [X]    No [ ]", YES_NO_LABEL)).toEqual([true, false]);
  });
  it("Yes [ ] No [X]", () => {
    expect(states("Yes [ ]    No [X]", YES_NO_LABEL)).toEqual([false, true]);
  });
  it("Yes  X   No ___", () => {
    expect(states("Yes  X   No ___", YES_NO_LABEL)).toEqual([true, false]);
  });
  it("Yes ___  No  X", () => {
    expect(states("Yes ___  No  X", YES_NO_LABEL)).toEqual([false, true]);
  });
});

describe("readChoices: Yes/No rows with marks before the labels", () => {
  const rows: [string, (boolean | null)[]][] = [
    ["[X] Yes [ ] No", [true, false]],
    ["[ ] Yes [X] No", [false, true]],
    ["|X| YES |_| NO", [true, false]],
    ["/ x / Yes  /   / No", [true, false]],
    ["(X) Yes  ( ) No", [true, false]],
    ["_X_ Yes   ___ No", [true, false]],
    ["\u2610 Yes \u2612 No", [false, true]],
  ];
  for (const [row, want] of rows) {
    it(row, () => {
      expect(states(row, YES_NO_LABEL)).toEqual(want);
    });
  }
});

describe("readChoices: options without a box", () => {
  it("an option with no box is false when another option of the row is marked (igene layout)", () => {
    const row = "(Check One):     x   Form 10-K\tForm 20-F\tForm 11-K\tForm 10-Q\tForm N-SAR";
    expect(states(row, REPORT_TYPE_LABEL)).toEqual([true, false, false, false, false]);
  });

  it("a mark between two labels belongs to the label after it", () => {
    const row = "(Check One):\tForm 10-K\tForm 20-F\tForm 11-K     x   Form 10-Q\tForm N-SAR";
    expect(marked(row)).toEqual(["10-Q"]);
    expect(states(row, REPORT_TYPE_LABEL)).toEqual([false, false, false, true, false]);
  });

  it("no box anywhere in the row: every option is null, not false", () => {
    expect(states("Form 10-K   Form 20-F   Form 11-K", REPORT_TYPE_LABEL)).toEqual([null, null, null]);
    expect(states("Yes   No", YES_NO_LABEL)).toEqual([null, null]);
  });

  it("empty boxes only: every option is false", () => {
    expect(states("[ ] Form 10-K  [ ] Form 20-F", REPORT_TYPE_LABEL)).toEqual([false, false]);
  });
});

describe("readChoices: unreadable marks", () => {
  it("a ⍰ box is null and flagged unreadable; the row's other boxes keep their states", () => {
    const choices = readChoices("\u2370 Form 10-K  \u2610 Form 20-F  \u2612 Form 10-Q", REPORT_TYPE_LABEL);
    expect(choices.map((c) => c.state)).toEqual([null, false, true]);
    expect(choices.map((c) => c.unreadable)).toEqual([true, false, false]);
  });

  it("⍰ Yes ☐ No: Yes is null (never guessed), No is false", () => {
    const choices = readChoices("\u2370 Yes  \u2610 No", YES_NO_LABEL);
    expect(choices.map((c) => c.state)).toEqual([null, false]);
    expect(choices[0]?.unreadable).toBe(true);
  });
});

describe("readChoices: spans and ranges", () => {
  it("gives each label's span and its mark's span", () => {
    const text = "[ ] Form 10-K  [X] Form 10-Q";
    const [k, q] = readChoices(text, REPORT_TYPE_LABEL) as [Choice, Choice];
    expect(text.slice(k.labelSpan.start, k.labelSpan.end)).toBe("Form 10-K");
    expect(text.slice(q.labelSpan.start, q.labelSpan.end)).toBe("Form 10-Q");
    expect(text.slice(k.markSpan?.start, k.markSpan?.end)).toBe("[ ]");
    expect(text.slice(q.markSpan?.start, q.markSpan?.end)).toBe("[X]");
  });

  it("reads only the labels between from and to", () => {
    const text = "[X] Form 10-K [ ] Form 20-F\n[ ] Yes [X] No";
    const nl = text.indexOf("\n");
    expect(readChoices(text, YES_NO_LABEL, nl + 1).map((c) => c.state)).toEqual([false, true]);
    expect(readChoices(text, REPORT_TYPE_LABEL, 0, nl).map((c) => c.state)).toEqual([true, false]);
  });

  it("finds nothing in a text without labels", () => {
    expect(readChoices("(Check box if appropriate) [X]", YES_NO_LABEL)).toEqual([]);
  });
});

describe("REPORT_TYPE_LABEL and canonical report types", () => {
  const rows: [string, string[]][] = [
    ["|X| Form 10-K and Form 10-KSB  |_| Form 20-F  |_| Form 10-Q and Form 10-QSB", ["10-K"]],
    ["|_| Form 10-K and Form 10-KSB  |_| Form 20-F  |X| Form 10-Q and Form 10-QSB", ["10-Q"]],
    ["[ ] Form 10-K [X] Form 10-KSB [ ] Form 10-QSB", ["10-KSB"]],
    ["[ ] Form 10-K [ ] Form 10-KSB [X] Form 10-QSB", ["10-QSB"]],
    ["[ ] FORM 10-K   [ ] FORM 20-F   [X] FORM-11K", ["11-K"]],
    ["[ ] Form 10-Q [X] Form N-SAR", ["N-SAR"]],
    ["\u2610 Form 10-Q \u2610 Form 10-D \u2612 Form N-CEN \u2610 Form N-CSR", ["N-CEN"]],
    ["[X] Form 20-F [ ] Form 11-K", ["20-F"]],
  ];
  for (const [row, want] of rows) {
    it(row, () => {
      expect(marked(row)).toEqual(want);
    });
  }

  it("the combined 1990s box is one label whose type is its first form", () => {
    const [c] = readChoices("|X| Form 10-K and Form 10-KSB", REPORT_TYPE_LABEL);
    expect(c?.match[0]).toBe("Form 10-K and Form 10-KSB");
    expect(c?.match.groups?.combined).toBeDefined();
    expect(canonicalReportType(c?.match.groups?.type ?? "")).toBe("10-K");
  });

  it("canonicalReportType spells the types as SPEC.md does", () => {
    expect(canonicalReportType("11K")).toBe("11-K");
    expect(canonicalReportType("10-K405")).toBe("10-K");
    expect(canonicalReportType("NSAR")).toBe("N-SAR");
    expect(canonicalReportType("10 - Q")).toBe("10-Q");
    expect(canonicalReportType("10-QSB")).toBe("10-QSB");
    expect(canonicalReportType("8-K")).toBeNull();
  });
});
