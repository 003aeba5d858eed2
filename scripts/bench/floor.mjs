// The floor of the benchmark: reads, decompresses and splits the same inputs
// with the same sources and header screen as `extract`, but parses nothing
// and writes nothing. Prints the counts as JSON.
import { enumerateInputs } from "../../dist/input/enumerate-inputs.js";
import { screenForms } from "../../dist/input/screen-forms.js";

const counts = { inputs: 0, loaded: 0, loadedBytes: 0 };
const items = enumerateInputs(
  { paths: process.argv.slice(2), cwd: process.cwd(), stdin: process.stdin },
  { maxBytes: 8 * 1024 * 1024, screen: screenForms(null), alreadyDone: 0 },
);
for await (const item of items) {
  counts.inputs++;
  if (item.kind === "filing") {
    counts.loaded++;
    counts.loadedBytes += item.bytes.byteLength;
  }
}
process.stdout.write(JSON.stringify(counts) + "\n");
