/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/*
 * `inspect --html` pages in a real browser: headless Chromium driven by
 * playwright-core. No console errors and no network requests; every value in
 * the panel has its highlight in the text; a click scrolls it into view and
 * marks it; warnings and reason phrases are marked; a hostile notice (scripts,
 * handlers, javascript: links, remote images, frames) runs nothing and
 * fetches nothing. A screenshot is left in test-artifacts/.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../src/cli/cli.js";
import { parseFiling } from "../../src/parse-filing.js";
import type { Evidence, NtRecord } from "../../src/record/types.js";
import { ROOT, tempDir } from "../batch/batch-helpers.js";
import { io } from "../cli/cli-helpers.js";

/** Where Chromium may be: `CHROMIUM_PATH`, then Debian's and other usual places. */
const CANDIDATES = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
const CHROMIUM = CANDIDATES.find((path): path is string => path !== undefined && path !== "" && existsSync(path)) ?? null;
if (!CHROMIUM) {
  console.warn("inspect --html browser tests SKIPPED: no chromium binary found (apt-get install chromium, or set CHROMIUM_PATH)");
}

const HOSTILE = "fixtures/inspect/hostile-notice.txt";
const PAGES = [
  "fixtures/samples/Luke-Bradford_quantum_nt10k.htm",
  "fixtures/samples/Luke-Bradford_domo_nt10q.htm",
  "fixtures/samples/0001213900-26-083374.htm",
  "fixtures/samples/igene-nt10k-1998.txt",
  "fixtures/constructed/envelope/pem-sec-header-1998.txt",
  "fixtures/excerpts/excerpt-030.txt",
  HOSTILE,
];
const ARTIFACTS = join(ROOT, "test-artifacts");

/** The record of a fixture, as `inspect` reads it. */
function recordOf(path: string): NtRecord {
  const result = parseFiling(readFileSync(join(ROOT, path)), { path });
  if (result.kind !== "record") throw new Error(`${path}: ${result.skip.reason}`);
  return result.record;
}

/** Every piece of evidence of a record, with its path. */
function evidencePieces(record: NtRecord): { path: string; evidence: Evidence }[] {
  return Object.entries(record.evidence).flatMap(([path, found]) => (Array.isArray(found) ? found : [found]).map((evidence) => ({ path, evidence })));
}

/** A page opened from a file, with everything it tried: console messages, errors, requests, dialogs. */
interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

describe.skipIf(!CHROMIUM)("inspect --html in headless Chromium", () => {
  let browser: Browser;
  const dir = tempDir();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM ?? undefined });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the page of `path` with the CLI and opens it. */
  async function open(path: string): Promise<Opened> {
    const file = join(dir, `${path.replaceAll("/", "_")}.html`);
    const world = io(ROOT);
    expect(await cli(["inspect", "--html", "-o", file, path], world), world.err()).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const url = pathToFileURL(file).href;
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    // Nothing leaves the machine even if the page asked.
    await page.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: "load" });
    return { page, problems, requests };
  }

  it.each(PAGES)("%s: no console errors, no requests, every value of the panel highlighted in the text", async (path) => {
    const { page, problems, requests } = await open(path);
    try {
      const record = recordOf(path);
      const pieces = evidencePieces(record);
      const check = await page.evaluate(() => {
        const targets = [...document.querySelectorAll("#panel [data-target]")].map((b) => b.getAttribute("data-target") ?? "");
        return {
          targets,
          missing: targets.filter((id) => document.querySelectorAll(`#text [data-m~="${id}"]`).length === 0),
          approximate: document.querySelectorAll("#text .approx").length,
          texts: Object.fromEntries(
            targets.map((id) => [
              id,
              [...document.querySelectorAll(`#text [data-m~="${id}"]`)]
                .map((e) => e.textContent ?? "")
                .join("")
                .replace(/\s+/g, " ")
                .trim(),
            ]),
          ),
          warnings: document.querySelectorAll("#text .hl.w").length,
        };
      });
      expect(check.missing).toEqual([]);
      // One highlight for each piece of evidence, each found word for word.
      expect(check.targets.filter((id) => id.startsWith("e"))).toHaveLength(pieces.length);
      expect(check.approximate).toBe(0);
      const highlighted: string[] = Object.values(check.texts);
      for (const { path: field, evidence } of pieces) {
        const words = evidence.text.replace(/\.\.\.$/, "").split(/\s+/).filter(Boolean);
        expect(
          highlighted.some((text) => text.startsWith(words[0] ?? "") && text.includes(words[words.length - 1]?.slice(0, 3) ?? "")),
          `${field} "${evidence.text}"`,
        ).toBe(true);
      }
      // Every warning with a position is underlined in the text.
      const placed = record.warnings.filter((w) => w.line !== null).length;
      if (placed > 0) expect(check.warnings).toBeGreaterThan(0);
      expect(check.targets.filter((id) => id.startsWith("w"))).toHaveLength(placed);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a click on a value scrolls its highlight into view, marks and flashes it", async () => {
    const { page, problems } = await open("fixtures/samples/Luke-Bradford_quantum_nt10k.htm");
    try {
      const id = await page.evaluate(() => {
        const buttons = [...document.querySelectorAll<HTMLElement>("#panel [data-target]")];
        const far = buttons.find((b) => (b.textContent ?? "").includes("signature.title")) ?? buttons[buttons.length - 1];
        return far?.getAttribute("data-target") ?? "";
      });
      const inView = () =>
        page.evaluate((target) => {
          const mark = document.querySelector(`#text [data-m~="${target}"]`);
          const box = document.getElementById("text")?.getBoundingClientRect();
          const rect = mark?.getBoundingClientRect();
          return box && rect ? rect.top >= box.top && rect.bottom <= box.bottom : false;
        }, id);
      expect(await inView()).toBe(false);
      await page.click(`#panel [data-target="${id}"]`);
      expect(await inView()).toBe(true);
      const state = await page.evaluate((target) => {
        const marks = [...document.querySelectorAll(`#text [data-m~="${target}"]`)];
        return {
          marked: marks.every((m) => m.classList.contains("on") && m.classList.contains("flash")),
          picked: document.querySelector(`#panel [data-target="${target}"]`)?.classList.contains("picked") ?? false,
          others: document.querySelectorAll("#text .on").length - marks.length,
        };
      }, id);
      expect(state).toEqual({ marked: true, picked: true, others: 0 });

      // A click on a reason phrase in the text picks its entry in the panel.
      const reason = await page.evaluate(() => document.querySelector("#text .hl.r")?.getAttribute("data-m")?.split(" ").find((m: string) => document.querySelector(`#panel [data-target="${m}"]`)) ?? "");
      expect(reason).not.toBe("");
      await page.click(`#text [data-m~="${reason}"] >> nth=0`);
      expect(await page.evaluate((target) => document.querySelector(`#panel [data-target="${target}"]`)?.classList.contains("picked"), reason)).toBe(true);

      // Each reason category in its own colour.
      const colours = await page.evaluate(() => {
        const byCategory = new Map<string, string>();
        for (const mark of document.querySelectorAll("#text .hl.r")) {
          const category = [...mark.classList].find((c) => c.startsWith("c-"));
          if (category) byCategory.set(category, getComputedStyle(mark).backgroundColor);
        }
        return [...byCategory.values()];
      });
      expect(colours.length).toBeGreaterThanOrEqual(2);
      expect(new Set(colours).size).toBe(colours.length);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "inspect-html.png") });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a hostile notice runs nothing and fetches nothing; its markup is shown as text", async () => {
    const { page, problems, requests } = await open(HOSTILE);
    try {
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        scripts: document.scripts.length,
        embedded: document.querySelectorAll("img, iframe, object, embed, svg, video, audio, link, form, a, base, meta[http-equiv=refresh]").length,
        handlers: [...document.querySelectorAll("*")].flatMap((e) => e.getAttributeNames().filter((n: string) => n.startsWith("on"))),
        text: document.getElementById("text")?.textContent ?? "",
        panel: document.getElementById("panel")?.textContent ?? "",
        title: document.title,
        policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
      }));
      expect(seen.pwned).toBeNull();
      expect(seen.scripts).toBe(1);
      expect(seen.embedded).toBe(0);
      expect(seen.handlers).toEqual([]);
      expect(seen.text).toContain(`<img src=x onerror="window.__pwned='value'"> Hostile & Co`);
      expect(seen.text).toContain("<script>window.__pwned='narrative'</script>");
      expect(seen.panel).toContain("</pre><script>window.__pwned='former'</script>");
      expect(seen.panel).toContain(`HOSTILE & "QUOTED" 'MARKUP' CORP`);
      expect(seen.title).toContain(`HOSTILE & "QUOTED" 'MARKUP' CORP`);
      expect(seen.policy).toContain("default-src 'none'");
      // Clicking every value runs nothing either.
      for (const target of await page.evaluate(() => [...document.querySelectorAll("#panel [data-target]")].map((b) => b.getAttribute("data-target") ?? ""))) {
        await page.click(`#panel [data-target="${target}"]`);
      }
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "inspect-html-hostile.png"), fullPage: false });
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
