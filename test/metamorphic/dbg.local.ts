import { readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { LAYOUTS } from "./relayout.js";
import { parseFiling } from "../../src/index.js";
const [layout, path, what] = process.argv.slice(2);
const bytes = readFileSync("fixtures/" + path);
const enc = isUtf8(bytes) ? "utf8" : "latin1";
const kind = /\.htm/.test(path!) ? "html" : "text";
const text = layout === "none" ? bytes.toString(enc) : LAYOUTS[layout!]!(bytes.toString(enc), kind as "text");
if (what === "text") { process.stdout.write(text ?? ""); process.exit(0); }
const r = parseFiling(Buffer.from(text!, enc), { path });
console.log(JSON.stringify(r.kind === "record" ? { form: r.record.form, registrant: r.record.registrant, part2: r.record.part2, part4: r.record.part4, signature: r.record.signature, letter: r.record.auditorLetter && { ...r.record.auditorLetter, text: r.record.auditorLetter.text?.slice(0, 80) }, warnings: r.record.warnings.map(w => w.ruleId + " " + w.path + " " + w.message) } : r, null, 1));
