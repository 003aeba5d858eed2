import { parseFiling } from "../parse-filing.js";
import { parseTasksWith } from "./parse-tasks.js";

/** The worker-thread side of the parse pool: parses a batch of filings with the parser. */
export default parseTasksWith(parseFiling);
