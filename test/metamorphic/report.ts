/**
 * Lists the disagreements of the metamorphic suite:
 * `npx tsx test/metamorphic/report.ts [LAYOUT…] [--constructed]`.
 */
import { loadFixtures, scoreLayout } from "./agreement.js";
import { LAYOUTS } from "./relayout.js";

const args = process.argv.slice(2);
const withConstructed = args.includes("--constructed");
const layouts = args.filter((a) => !a.startsWith("--"));
const fixtures = loadFixtures().filter((f) => withConstructed || f.real);
for (const layout of layouts.length ? layouts : Object.keys(LAYOUTS)) {
  const s = scoreLayout(layout, fixtures);
  console.log(`## ${layout}: ${s.agree}/${s.fields} fields on ${s.fixtures} files; ${s.badEvidence.length} of ${s.evidence} evidence points off their line`);
  for (const m of s.misses) console.log(`  ${m.fixture} ${m.field}: want ${JSON.stringify(m.want)?.slice(0, 90)} got ${JSON.stringify(m.got)?.slice(0, 90)}`);
  for (const b of s.badEvidence.slice(0, 20)) console.log(`  evidence ${b.fixture} ${b.field} at ${b.line}:${b.column}`);
}
