import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TYPES = fileURLToPath(new URL("../types/offset-spaces.ts", import.meta.url));

describe("coordinate spaces (type level)", () => {
  it("refuses every mix-up of test/types/offset-spaces.ts, and accepts the mappers", () => {
    const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    });
    if (!config) throw new Error("tsconfig.json cannot be read");
    // The core modules use nothing of Node: leaving its types out keeps the check quick.
    const program = ts.createProgram([TYPES], { ...config.options, types: [], noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    // An accepted mix-up leaves its @ts-expect-error unused, which is an error.
    expect(errors).toEqual([]);
  });
});
