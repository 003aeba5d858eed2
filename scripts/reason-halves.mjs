#!/usr/bin/env node
// An estimate of the reason coder's accuracy on notices it was not written from. The labelled
// narratives of ../shared/narratives are split into two fixed halves: "develop" (read while the
// rules are written) and "set-aside" (not read; scored before and after a round of rule changes
// made on the develop half only). The set-aside score is the estimate; the develop score and the
// score on all narratives flatter, because the rules were written from that text.
//
//   npm run score:reasons:halves                   # build, then score both halves and the whole set
//   node scripts/reason-halves.mjs --half set-aside # score one half (develop | set-aside | all)
//   node scripts/reason-halves.mjs --cmd CMD        # another coder (as score-reasons.mjs --cmd)
//   node scripts/reason-halves.mjs --write DIR      # write DIR/{develop,set-aside}{,-gold}.jsonl
//   node scripts/reason-halves.mjs --ids            # the ids of each half (= fixtures/reasons/halves.json)
//
// A half stays an honest estimate only while nobody reads its narratives or the coder's errors on
// them; once rules are written from it, it is one more development set. The README keeps the
// figures and says which of them were measured on a half still unread.
//
// The split is a seeded shuffle of the ids in file order (mulberry32, seed below), so it is the
// same on every machine; the ids of each half are also listed in fixtures/reasons/halves.json.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptArgs } from "./lib/script-args.mjs";
import { seededRandom } from "./lib/seeded-random.mjs";

const SEED = 20260316;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const narrativesDir = join(shared, "narratives");

const readLines = (file) =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

/** The two halves: ids in input order. */
export function splitIds(ids) {
  const order = [...ids];
  const random = seededRandom(SEED);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const develop = new Set(order.slice(0, Math.ceil(order.length / 2)));
  return {
    develop: ids.filter((id) => develop.has(id)),
    "set-aside": ids.filter((id) => !develop.has(id)),
  };
}

const args = process.argv.slice(2);
const { value: opt } = scriptArgs(args);

if (!existsSync(join(narrativesDir, "dev.jsonl"))) {
  console.error(`reason-halves: the labelled narratives are not at ${narrativesDir}`);
  process.exit(2);
}
const narratives = readLines(join(narrativesDir, "dev.jsonl"));
const gold = readLines(join(narrativesDir, "dev-gold.jsonl"));
const halves = splitIds(narratives.map((n) => n.id));

function writeHalves(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, ids] of Object.entries(halves)) {
    const keep = new Set(ids);
    const text = (rows) => rows.filter((r) => keep.has(r.id)).map((r) => JSON.stringify(r)).join("\n") + "\n";
    writeFileSync(join(dir, `${name}.jsonl`), text(narratives));
    writeFileSync(join(dir, `${name}-gold.jsonl`), text(gold));
  }
}

if (args.includes("--ids")) {
  process.stdout.write(JSON.stringify({ seed: SEED, ...halves }, null, 2) + "\n");
} else if (opt("--write")) {
  writeHalves(resolve(opt("--write")));
} else {
  const dir = mkdtempSync(join(tmpdir(), "reason-halves-"));
  writeHalves(dir);
  const only = opt("--half");
  const cmd = opt("--cmd");
  const runs = only ? [only] : ["develop", "set-aside", "all"];
  for (const name of runs) {
    const input = name === "all" ? join(narrativesDir, "dev.jsonl") : join(dir, `${name}.jsonl`);
    const goldFile = name === "all" ? join(narrativesDir, "dev-gold.jsonl") : join(dir, `${name}-gold.jsonl`);
    const extra = cmd ? ["--cmd", cmd] : [];
    const r = spawnSync(process.execPath, [join(shared, "tools", "score-reasons.mjs"), "--input", input, "--gold", goldFile, ...extra], {
      cwd: root,
      encoding: "utf8",
    });
    process.stdout.write(`== ${name}\n${r.stdout}${r.stderr}`);
  }
}
