import { Buffer } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import type { Span } from "../core/span.js";
import { KeywordScan } from "./keyword-scan.js";
import type { KeywordTables } from "./keyword-automaton.js";
import { REASON_TABLE } from "./reason-table.js";
import {
  BACKWARD_DISCLAIMER,
  CAUSE_CUE,
  CONCESSIVE_OPENING,
  CONDITIONAL_OPENING,
  DELAY_ATTRIBUTION,
  DELAY_CONTEXT,
  DELAY_DENIED_CAUSE,
  DELAY_DISCLAIMER,
  ESTIMATE_CONTEXT,
  FORWARD_LOOKING_OPENER,
  HEDGED_SENTENCE,
  METRIC,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NEGATION_DETERMINER,
  RESOLVED_AFTER,
  RESULTS_CUE,
} from "./reason-patterns.js";
import { requiredWords, wordsOf } from "./regex-source.js";
import { assumingPresent, RequirementSet, type RequirementTables } from "./requirement-set.js";
import { decodeImage, encodeImage, type ImageArray } from "./typed-image.js";

/**
 * Words nearly every narrative holds: looking for them costs more than the
 * few rows they would let the coder skip (they are taken as present).
 */
const COMMON_WORDS = ["a", "an", "and", "as", "at", "be", "by", "for", "in", "is", "it", "its", "of", "on", "or", "the", "to", "with"];

/**
 * The patterns the coder runs over one sentence (or a part of one) to read
 * its role and a phrase's scope in it (`sentence-scope.ts`,
 * `classify-reasons.ts`): the same scan tells which of them can match in
 * each sentence, and the others are not run there.
 */
export const SENTENCE_PATTERNS: readonly RegExp[] = [
  HEDGED_SENTENCE,
  NEGATION_BEFORE,
  NEGATION_DETERMINER,
  CAUSE_CUE,
  DELAY_DISCLAIMER,
  CONCESSIVE_OPENING,
  DELAY_ATTRIBUTION,
  CONDITIONAL_OPENING,
  DELAY_DENIED_CAUSE,
  RESOLVED_AFTER,
  NEGATION_AFTER,
  RESULTS_CUE,
  METRIC,
  DELAY_CONTEXT,
  BACKWARD_DISCLAIMER,
  ESTIMATE_CONTEXT,
];

const SENTENCE_PATTERN_INDEX = new Map(SENTENCE_PATTERNS.map((re, i) => [re, i]));

/** The patterns tested in each sentence: each row's phrase, then the sentence patterns. */
function testedPatterns(): RegExp[] {
  return [...REASON_TABLE.map((rule) => rule.phrase), ...SENTENCE_PATTERNS];
}

/**
 * The patterns the coder runs over a whole field: the opener of a
 * forward-looking section and the rows' `unless` and `near` texts. They are
 * tested against the words of all the field's sentences together: between
 * two sentences, and around them, there are only blanks
 * (`split-sentences.ts`), and no word holds a blank, so every word of the
 * field lies inside one sentence.
 */
export const FIELD_PATTERNS: readonly RegExp[] = [
  FORWARD_LOOKING_OPENER,
  ...REASON_TABLE.flatMap((rule) => [rule.unless, rule.near].filter((re): re is RegExp => re !== undefined)),
];

const FIELD_PATTERN_INDEX = new Map(FIELD_PATTERNS.map((re, i) => [re, i]));

/** What the prefilter found in a field's sentences. */
export interface SentenceWords {
  /** For each row of the reason table, the sentences (indices, in order) that hold its keywords. */
  rows: number[][];
  /**
   * Whether `re` can match in sentence `i`, or in any part of it: false when
   * it is one of the sentence patterns and the sentence lacks words every
   * match of it contains.
   */
  mayMatch(i: number, re: RegExp): boolean;
  /**
   * Whether `re` can match anywhere in the field: false when it is one of
   * the field patterns (the forward-looking opener, a row's `unless` or
   * `near`) and no sentence holds the words every match of it contains.
   */
  mayMatchField(re: RegExp): boolean;
}

/**
 * The reason table's keyword prefilter: for each row, the words every match
 * of its phrase contains (read from the phrase's source, `regex-source.ts`),
 * one scanner finding all of them in a single pass over a sentence
 * (`keyword-scan.ts`), and the rows' requirements tested together from the
 * words found (`requirement-set.ts`).
 *
 * Working these out takes tens of milliseconds, so the build does it once:
 * scripts/build-patterns.mjs writes the scanner's and the requirements'
 * tables ({@link rowFilterImage}) as `dist/reasons/row-filter.bin` beside
 * this module, which the coder reads when it first runs, if it was made from
 * the same phrases. Without it (code run from the sources, a build made by
 * `tsc` alone) they are worked out then, with the same result.
 */
export class RowFilter {
  private constructor(
    private readonly scan: KeywordScan,
    private readonly tests: RequirementSet,
    private readonly fieldTests: RequirementSet,
  ) {}

  /** The prefilter worked out from the phrases. */
  static build(): RowFilter {
    const common = new Set(COMMON_WORDS);
    const needs = testedPatterns().map((re) => assumingPresent(requiredWords(re), common));
    // a field pattern whose words hold a blank always runs (such a word could span two sentences)
    const fieldNeeds = FIELD_PATTERNS.map((re) => assumingPresent(requiredWords(re), common)).map((need) =>
      need !== null && [...wordsOf(need)].some((w) => /\s/.test(w)) ? null : need,
    );
    const scan = new KeywordScan(new Set([...needs, ...fieldNeeds].flatMap((need) => (need ? [...wordsOf(need)] : []))));
    const idOf = (w: string): number => scan.idOf(w);
    return new RowFilter(scan, new RequirementSet(needs, idOf, scan.size), new RequirementSet(fieldNeeds, idOf, scan.size));
  }

  /** The prefilter kept in an image ({@link RowFilter.image}); null when it was made from other phrases. */
  static read(bytes: Uint8Array): RowFilter | null {
    const { meta, arrays: a } = decodeImage(bytes);
    const { words, columns } = meta as { words: string[]; columns: number };
    if (!Buffer.from(filterKey()).equals(a["key"] as Uint8Array)) return null;
    const keyword: KeywordTables = {
      words,
      columns,
      ascii: a["ascii"] as Uint8Array,
      wide: a["wide"] as Int32Array,
      table: a["table"] as Uint16Array | Uint32Array,
      word: a["word"] as Int32Array,
      dict: a["dict"] as Int32Array,
      out: a["out"] as Int32Array,
    };
    const requirements = (prefix: string): RequirementSet =>
      new RequirementSet({
        kind: a[`${prefix}kind`] as Uint8Array,
        needs: a[`${prefix}needs`] as Int32Array,
        parentStart: a[`${prefix}parentStart`] as Int32Array,
        parentList: a[`${prefix}parentList`] as Int32Array,
        wordNode: a[`${prefix}wordNode`] as Int32Array,
        roots: a[`${prefix}roots`] as Int32Array,
      });
    return new RowFilter(new KeywordScan(keyword), requirements("r."), requirements("f."));
  }

  /** Its tables as bytes, keyed by the phrases they were worked out from. */
  image(): Uint8Array {
    const { words, columns, ...keyword } = this.scan.tables;
    const tables = (prefix: string, set: RequirementSet): Array<[string, ImageArray]> =>
      Object.entries(set.tables).map(([name, a]: [string, ImageArray]) => [`${prefix}${name}`, a]);
    const requirements = Object.fromEntries([...tables("r.", this.tests), ...tables("f.", this.fieldTests)]);
    return encodeImage({ meta: { words, columns }, arrays: { key: Buffer.from(filterKey()), ...keyword, ...requirements } });
  }

  /**
   * What the keywords of `text`'s sentences allow: for each row of the
   * reason table, the sentences that hold the words every match of its
   * phrase needs (a match counts only inside one sentence, so the row runs
   * only there), which sentence patterns can match in each sentence, and
   * which field patterns in the field.
   */
  sentenceWords(text: string, sentences: readonly Span[]): SentenceWords {
    const { scan, tests, fieldTests } = this;
    const found = (this.found ??= new Int32Array(scan.size));
    const inField = (this.inField ??= new Int32Array(scan.size));
    const call = ++this.calls;
    fieldTests.begin();
    const rows: number[][] = REASON_TABLE.map(() => []);
    const patterns = SENTENCE_PATTERNS.length;
    const may = new Uint8Array(sentences.length * patterns);
    for (let s = 0; s < sentences.length; s++) {
      const span = sentences[s] as Span;
      const n = scan.foundInto(text, span.start, span.end, found);
      tests.begin();
      for (let k = 0; k < n; k++) {
        const w = found[k] as number;
        tests.add(w);
        // the field's words are added once each
        if (inField[w] !== call) {
          inField[w] = call;
          fieldTests.add(w);
        }
      }
      for (let r = 0; r < rows.length; r++) if (tests.holds(r)) (rows[r] as number[]).push(s);
      for (let p = 0; p < patterns; p++) may[s * patterns + p] = tests.holds(rows.length + p) ? 1 : 0;
    }
    const fieldHolds = FIELD_PATTERNS.map((_, p) => fieldTests.holds(p));
    return {
      rows,
      mayMatch: (i, re) => {
        const p = SENTENCE_PATTERN_INDEX.get(re);
        return p === undefined || may[i * patterns + p] === 1;
      },
      mayMatchField: (re) => {
        const p = FIELD_PATTERN_INDEX.get(re);
        return p === undefined || fieldHolds[p] === true;
      },
    };
  }

  /** The ids of the words found in a sentence (reused). */
  private found: Int32Array | null = null;
  /** Per word: the call of {@link sentenceWords} that last added it to the field's words. */
  private inField: Int32Array | null = null;
  private calls = 0;
}

/** What the prefilter is worked out from: the common words and each pattern tested. */
function filterKey(): string {
  return JSON.stringify([COMMON_WORDS, [...testedPatterns(), ...FIELD_PATTERNS].map((re) => re.source)]);
}

let known: RowFilter | null = null;

/** The coder's prefilter: read from the build, else worked out, on first use. */
export function rowFilter(): RowFilter {
  known ??= readBuilt(new URL("./row-filter.bin", import.meta.url)) ?? RowFilter.build();
  return known;
}

function readBuilt(url: URL): RowFilter | null {
  return existsSync(url) ? RowFilter.read(readFileSync(url)) : null;
}

/** The bytes the build writes as `row-filter.bin`: the prefilter, always worked out anew. */
export function rowFilterImage(): Uint8Array {
  return RowFilter.build().image();
}
