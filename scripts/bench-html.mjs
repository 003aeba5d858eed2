#!/usr/bin/env node
/**
 * `node scripts/bench-html.mjs [--rounds N] [--dist DIR]`
 *
 * CPU time of the HTML front end alone (`htmlToText`) on the HTML notices of
 * fixtures/samples and fixtures/html: each file rendered `--rounds` times
 * (default 300) after a warm-up, CPU ms per notice (process.cpuUsage, user +
 * system: on a shared machine it varies much less than wall time) and the
 * notices per second one core renders at that cost. Reads the build
 * (`npm run build` first); `--dist` points at another build to compare two.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { scriptArgs } from "./lib/script-args.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { value } = scriptArgs();
const rounds = Number(value("--rounds") ?? 300);
const dist = resolve(value("--dist") ?? join(ROOT, "dist"));
const { htmlToText } = await import(pathToFileURL(join(dist, "render/html-to-text.js")).href);

const sets = [
  ["samples", join(ROOT, "fixtures/samples"), (f) => f.endsWith(".htm")],
  ["constructed", join(ROOT, "fixtures/html"), (f) => f.endsWith(".html")],
];
let totalMs = 0;
let totalN = 0;
for (const [label, dir, keep] of sets) {
  const files = readdirSync(dir).filter(keep).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  for (let w = 0; w < 50; w++) for (const html of files) htmlToText(html);
  const bytes = files.reduce((n, s) => n + s.length, 0);
  const before = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const html of files) htmlToText(html);
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  const n = rounds * files.length;
  totalMs += ms;
  totalN += n;
  console.log(
    `${label.padEnd(12)} ${String(files.length).padStart(3)} files, ${(bytes / files.length / 1024).toFixed(1)} KB avg: ` +
      `${(ms / n).toFixed(3)} ms CPU per notice, ${Math.round((n * 1000) / ms)} notices/s per core`,
  );
}
console.log(`${"all".padEnd(12)} ${(totalMs / totalN).toFixed(3)} ms CPU per notice, ${Math.round((totalN * 1000) / totalMs)} notices/s per core`);
