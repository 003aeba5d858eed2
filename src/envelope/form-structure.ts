import { firstMatchFrom, matchesFrom } from "../core/scan.js";
import { FORM_INSTRUCTIONS, FORM_PART_ONE, FORM_PERIOD_CAPTION, FORM_PORTION_QUESTION, FORM_REPORT_ROW, FORM_TITLE } from "./envelope-patterns.js";

/**
 * The captions of the form's cover and Part I, in the order the form prints
 * them: the check-one row of report types, the period captions, the
 * instructions, the question on a portion of the filing, Part I.
 */
const STEPS: readonly RegExp[] = [FORM_REPORT_ROW, FORM_PERIOD_CAPTION, FORM_INSTRUCTIONS, FORM_PORTION_QUESTION, FORM_PART_ONE];

/** Visible characters from the title, or from one caption, within which the next must show. */
const STEP_WINDOW = 1500;

/** Captions after the title needed to show the form (a 1990s excerpt cut off after Part I's heading shows two). */
const STEPS_NEEDED = 2;

/**
 * Words in lower case between two captions, at most. Between the captions of
 * a form stand box marks, dates, names and a sentence of instructions: at
 * most 40 such words in the fixtures and the 1990s excerpts. Between
 * quotations of the captions in an article, or in the notes of a list of
 * filings, stand sentences (115 and more in the project's own lists).
 */
const MAX_PROSE_WORDS = 60;

/** Titles tried at most (a real form shows the structure after its first or second). */
const MAX_TITLES = 16;

/**
 * Whether the visible text of a document shows the structure of Form 12b-25,
 * not only its words: a title (`FORM 12b-25`, `NOTIFICATION OF LATE FILING`)
 * followed by at least {@link STEPS_NEEDED} of the form's captions in the
 * form's order ({@link STEPS}), each within {@link STEP_WINDOW} characters of
 * the one before and with no run of prose between them. A list of filings,
 * an index or an article that names the captions does not.
 */
export function showsFormStructure(head: string): boolean {
  let titles = 0;
  for (const title of matchesFrom(head, FORM_TITLE, 0)) {
    if (++titles > MAX_TITLES) break;
    let at = title.index + title[0].length;
    let step = 0;
    let found = 0;
    for (;;) {
      const next = nextCaption(head, at, step);
      if (next === null || proseWords(head, at, next.start) > MAX_PROSE_WORDS) break;
      found++;
      if (found >= STEPS_NEEDED) return true;
      step = next.step + 1;
      at = next.end;
    }
  }
  return false;
}

/** The first caption of the steps from `step` on that starts within the window after `at`. */
function nextCaption(head: string, at: number, step: number): { step: number; start: number; end: number } | null {
  let best: { step: number; start: number; end: number } | null = null;
  // A caption may run a little past the window's end; it must start inside it.
  const window = head.slice(at, at + STEP_WINDOW + 200);
  for (let s = step; s < STEPS.length; s++) {
    const m = firstMatchFrom(window, STEPS[s] as RegExp, 0, best === null ? STEP_WINDOW : best.start - at);
    if (m !== null) best = { step: s, start: at + m.index, end: at + m.index + m[0].length };
  }
  return best;
}

/** How many words of `text[from, to)` begin with a lower-case letter (`the`, `of`, `filing`). */
function proseWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    const letter = lower || (c >= 65 && c <= 90);
    if (letter && !inWord && lower) words++;
    inWord = letter;
  }
  return words;
}
