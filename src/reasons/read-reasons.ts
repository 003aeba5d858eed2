import type { NtRecord, ReasonCategory, ReasonRole } from "../record/types.js";
import { classifyReasons, type ReasonField } from "./classify-reasons.js";
import { readChangeDirection } from "./change-direction.js";
import { readChangeFigures } from "./change-figures.js";
import { readGraceIntent } from "./grace-intent.js";
import type { LongText } from "../fields/long-text.js";
import type { DerivedOffset } from "../core/derived-offset.js";
import { longTextOffset } from "../core/long-text-offset.js";
import { longTextToDerived } from "../core/offset-maps.js";

/** The long texts the reasons are read from, each with its offset map (null: not given). */
export type ReasonTexts = Record<ReasonField, LongText | null>;

/**
 * A phrase behind a coded value: its text, where it starts in the text its
 * long text was read from (`at`, an offset of that document's derived
 * text), which long text, and for a reason category its role.
 */
export interface PhraseEvidence {
  field: ReasonField;
  at: DerivedOffset;
  text: string;
  role?: ReasonRole;
}

/** What the reason coder gives: its fields and the phrases behind them, by record path. */
export interface ReasonsReading {
  values: {
    reasons: NtRecord["reasons"];
    changeDirection: NtRecord["part4"]["changeDirection"];
    changeFigures: NtRecord["part4"]["changeFigures"];
    withinGracePeriod: NtRecord["intent"]["withinGracePeriod"];
  };
  /** Evidence by record path, in the order it was found. */
  evidence: Map<string, PhraseEvidence | PhraseEvidence[]>;
  /** The grace-period intent was read from the Part II box, not from a phrase (its evidence is the box's). */
  intentFromRelief: boolean;
  /** The categories whose evidence lists only its first phrases (`MAX_PHRASES_PER_CATEGORY`), each with the first phrase left out. */
  capped: Array<{ category: ReasonCategory; first: PhraseEvidence }>;
}

/** One piece of evidence as itself, several as a list. */
function one(list: PhraseEvidence[]): PhraseEvidence | PhraseEvidence[] {
  return list.length === 1 ? (list[0] as PhraseEvidence) : list;
}

/**
 * Codes a notice from its long texts and its Part II box: reason categories
 * from the narrative, the Part IV (3) explanation and the accountant's
 * letter (every label with the phrase behind it as
 * `evidence["reasons.<category>"]`, role `cause`; a category mentioned but
 * not given, with the mentions set aside and their roles), the direction
 * and figures of the anticipated change, and whether the registrant expects
 * to file within the extension. A pure function of its inputs.
 */
export function readReasons(texts: ReasonTexts, reliefClaimed: boolean | null): ReasonsReading {
  const evidence = new Map<string, PhraseEvidence | PhraseEvidence[]>();
  const phrase = (field: ReasonField, start: number, end: number): PhraseEvidence | null => {
    const long = texts[field];
    return long ? { field, at: longTextToDerived(long.map, longTextOffset(start)), text: long.value.slice(start, end) } : null;
  };

  const result = classifyReasons({
    narrative: texts.narrative?.value ?? null,
    changeExplanation: texts.changeExplanation?.value ?? null,
    auditorLetter: texts.auditorLetter?.value ?? null,
  });
  const byCategory = new Map<string, PhraseEvidence[]>();
  for (const hit of [...result.hits, ...result.setAside]) {
    const found = phrase(hit.field, hit.start, hit.end);
    if (!found) continue;
    const list = byCategory.get(hit.category) ?? [];
    list.push({ ...found, role: hit.role });
    byCategory.set(hit.category, list);
  }
  for (const [category, list] of byCategory) evidence.set(`reasons.${category}`, one(list));
  const capped = result.capped.flatMap((hit) => {
    const first = phrase(hit.field, hit.start, hit.end);
    return first ? [{ category: hit.category, first }] : [];
  });

  let changeDirection: ReasonsReading["values"]["changeDirection"] = null;
  let changeFigures: ReasonsReading["values"]["changeFigures"] = [];
  const explanation = texts.changeExplanation;
  if (explanation) {
    const direction = readChangeDirection(explanation.value);
    changeDirection = direction.value;
    const dirHits = direction.hits.flatMap((h) => phrase("changeExplanation", h.start, h.end) ?? []);
    if (direction.value !== null && dirHits.length) evidence.set("part4.changeDirection", one(dirHits));
    const figures = readChangeFigures(explanation.value);
    changeFigures = figures.map((f) => ({ metric: f.metric, period: f.period, amount: f.amount }));
    if (figures.length) evidence.set("part4.changeFigures", figures.flatMap((f) => phrase("changeExplanation", f.start, f.end) ?? []));
  }

  const intent = readGraceIntent({ narrative: texts.narrative?.value ?? null, changeExplanation: explanation?.value ?? null }, reliefClaimed);
  const intentPhrase = intent.hit ? phrase(intent.hit.field, intent.hit.start, intent.hit.end) : null;
  if (intentPhrase) evidence.set("intent.withinGracePeriod", intentPhrase);
  return {
    values: { reasons: result.reasons, changeDirection, changeFigures, withinGracePeriod: intent.value },
    evidence,
    intentFromRelief: !intentPhrase && intent.value !== null,
    capped,
  };
}
