import { describe, expect, it } from "vitest";
import { readChangeDirection } from "../../src/reasons/change-direction.js";
import { readChangeFigures } from "../../src/reasons/change-figures.js";
import { classifyReasons } from "../../src/reasons/classify-reasons.js";
import { readGraceIntent } from "../../src/reasons/grace-intent.js";
import { cpuMs } from "../helpers/fuzz-timing.js";

/*
 * Inputs built to make a backtracking pattern or a pairwise loop blow up:
 * each ~1 MB input must be read in well under the time a quadratic reader
 * would need (seconds to minutes).
 */
const ADVERSARIAL: Record<string, string> = {
  digits: "1".repeat(1_000_000),
  words: "the auditor needs more time ".repeat(36_000),
  oneSentence:
    "The independent registered public accounting firm has not completed the audit and the Company does not anticipate any restatement, net loss of $1.2 million for fiscal 2025 compared to $3 million, ".repeat(
      5_000,
    ),
  abbreviations: "Inc. ".repeat(200_000),
  capitals: "Acquisition Storm Audit ".repeat(40_000),
  money: "$1.2 million net loss 2025 ".repeat(36_000),
};

describe("reason readers run in linear time", () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      const t0 = process.cpuUsage();
      classifyReasons({ narrative: text, changeExplanation: text, auditorLetter: text });
      readChangeFigures(text);
      readChangeDirection(text);
      readGraceIntent({ narrative: text }, null);
      expect(cpuMs(t0)).toBeLessThan(15_000);
    }, 30_000);
  }
});
