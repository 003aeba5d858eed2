/**
 * The constructed worst cases (test/helpers/fuzz-worst-cases.ts) under 8 MB,
 * at full size: captions repeated 100,000 times, 100,000 checkboxes, HTML
 * nested 10,000 deep, an unclosed <TEXT>, a header with no body and more.
 * The 10 MB ones are in worst-cases-10mb.test.ts, so the two files run side
 * by side.
 *
 * `npm run bench:adversarial` times the same inputs more carefully (two
 * runs each, half sizes for the growth, nothing else in the process) and
 * holds them to 5 times a normal notice's time per MB; these tests allow
 * 15 times, so that a loaded CI machine does not fail them, and still catch
 * any quadratic blow-up (those run 20 to 1,000 times over).
 */
import { describeWorstCases, isLarge } from "../helpers/fuzz-worst-case-suite.js";
import { WORST_CASES } from "../helpers/fuzz-worst-cases.js";

describeWorstCases("constructed worst cases", WORST_CASES.filter((c) => !isLarge(c)));
