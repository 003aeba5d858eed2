// The parse worker of the stub-parser benchmark: the batch's own worker
// tasks over the stand-in parser of stub-parse.mjs.
import { parseTasksWith } from "../../dist/batch/parse-tasks.js";
import { stubParse } from "./stub-parse.mjs";

export default parseTasksWith(stubParse);
