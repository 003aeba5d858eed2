#!/usr/bin/env node
// Throughput of the reason coder alone (no parsing): narratives per second over the labelled
// narratives of ../shared/narratives when present, else the narratives in fixtures/reasons/.
// Runs the built coder (dist/; `npm run build` first), warms it up, then times `--rounds`
// passes and prints the median. Ratios between two runs on the same machine are what count.
//
//   node scripts/bench-reasons.mjs [--rounds 15] [--input FILE.jsonl] [--dist DIR]
//
// --dist: another build of the project (a copy of dist/ made before a change), to compare the
// two in one run on the same machine.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { scriptArgs } from "./lib/script-args.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { value } = scriptArgs();
const rounds = Number(value("--rounds") ?? 15);
const shared = join(ROOT, "..", "shared", "narratives", "dev.jsonl");
const inputs = value("--input")
  ? [value("--input")]
  : existsSync(shared)
    ? [shared]
    : readdirSync(join(ROOT, "fixtures", "reasons"))
        .filter((f) => f.endsWith(".jsonl") && !f.includes("gold") && f !== "halves.json")
        .map((f) => join(ROOT, "fixtures", "reasons", f));
const narratives = inputs.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).narrative)
    .filter((n) => typeof n === "string"),
);
const { classifyReasons } = await import(pathToFileURL(join(resolve(value("--dist") ?? join(ROOT, "dist")), "reasons", "classify-reasons.js")).href);

const chars = narratives.reduce((n, t) => n + t.length, 0);
const pass = () => {
  for (const narrative of narratives) classifyReasons({ narrative });
};
for (let i = 0; i < 3; i++) pass();
const times = [];
for (let i = 0; i < rounds; i++) {
  const t0 = process.hrtime.bigint();
  pass();
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `reason coder: ${narratives.length} narratives (${(chars / 1e3).toFixed(0)} kB) from ${inputs.length} file(s); ` +
    `median of ${rounds}: ${(median * 1e3).toFixed(1)} ms, ${Math.round(narratives.length / median).toLocaleString("en-US")} narratives/s, ` +
    `${(chars / 1e6 / median).toFixed(2)} MB/s`,
);
