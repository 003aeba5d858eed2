/**
 * The constructed worst cases of 10 MB (test/helpers/fuzz-worst-cases.ts):
 * a single 10 MB line in Part III, a whole notice on one 10 MB line, a
 * 10 MB HTML text node, 10 MB of underscores, of blanks and of unclosed
 * tags. See worst-cases.test.ts for what is checked.
 */
import { describeWorstCases, isLarge } from "../helpers/fuzz-worst-case-suite.js";
import { WORST_CASES } from "../helpers/fuzz-worst-cases.js";

// The whole notice on one line is also a single long line: 5 MB here keeps the file short (the benchmark runs 10 MB).
describeWorstCases("constructed worst cases of 10 MB", WORST_CASES.filter(isLarge), (c) => (c.name.includes("whole notice") ? 0.5 : 1));
