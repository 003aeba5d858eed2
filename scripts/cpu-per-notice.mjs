#!/usr/bin/env node
// CPU time of parseFiling per notice, for one build or several compared in
// one run (A/B interleaved):
//
//   node scripts/cpu-per-notice.mjs [--rounds 60] [--sets text,excerpt,html] [DIST …]
//
// DIST is a build's folder (default: this checkout's dist/, so run
// `npm run build` first); to compare with an earlier build, copy its dist/
// elsewhere, with a package.json of `{"type":"module"}` and a link to this
// checkout's node_modules beside its modules. The sets are the bench's
// (scripts/bench/make-corpus.mjs): `text` the full-length plain-text
// notices, `excerpt` the plain-text excerpts, `html` the real HTML notices,
// each under the same made-up `.nc` header. Every build must give the same
// outputs (JSON) for every notice, or the script says which differ. Each
// round times every set once per build, builds in turn; the figure is the
// first quartile of the rounds (the machine is shared: compare builds of one
// run, not runs).
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptArgs } from "./lib/script-args.mjs";
import { documentBlocks, ncSubmission } from "./bench/nc-submission.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { value } = scriptArgs();
const rounds = Number(value("--rounds") ?? 60);
const setNames = (value("--sets") ?? "text,excerpt,html").split(",");
const optionValues = new Set([value("--rounds"), value("--sets")]);
const dists = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !(optionValues.has(a) && all[i - 1]?.startsWith("--")));
if (dists.length === 0) dists.push(join(ROOT, "dist"));

// The corpus builder reads this checkout's build (the submission type of the real files).
const { noticeFiles } = await import("./bench/make-corpus.mjs");
const sets = Object.fromEntries(
  setNames.map((set) => [
    set,
    noticeFiles(set).map((file, i) =>
      ncSubmission({
        accession: `0009000000-26-${String(i).padStart(6, "0")}`,
        type: file.type,
        cik: "0009000000",
        name: "BENCH FILER",
        date: "20260730",
        blocks: documentBlocks(file.bytes, file.type, file.name),
      }),
    ),
  ]),
);

const builds = [];
for (const dist of dists) builds.push({ dist, parse: (await import(join(resolve(dist), "parse-filing.js"))).parseFiling });

for (const [set, inputs] of Object.entries(sets)) {
  for (const [i, input] of inputs.entries()) {
    const outs = builds.map((b) => JSON.stringify(b.parse(input)));
    if (outs.some((o) => o !== outs[0])) console.log(`outputs differ: ${set} #${i}`);
  }
}

/** CPU ms per input of `n` passes over `inputs`. */
function cpuPerInput(parse, inputs, n) {
  const start = process.cpuUsage();
  for (let r = 0; r < n; r++) for (const input of inputs) parse(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (n * inputs.length);
}

for (const b of builds) for (const inputs of Object.values(sets)) cpuPerInput(b.parse, inputs, 5);
const times = builds.map(() => Object.fromEntries(setNames.map((s) => [s, []])));
for (let r = 0; r < rounds; r++) {
  for (const [k, b] of builds.entries()) for (const [set, inputs] of Object.entries(sets)) times[k][set].push(cpuPerInput(b.parse, inputs, 1));
}
const quartile = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 4)];
for (const [k, b] of builds.entries()) {
  const cells = setNames.map((s) => `${s} ${quartile(times[k][s]).toFixed(3)} ms (${sets[s].length} notices)`);
  console.log(`${b.dist}: ${cells.join(", ")}`);
}
