import { COMPARED_WITH, DIRECTION_WORD, FROM_TO, LEAD_GAP, PROFIT_LOSS_SWING } from "./reason-patterns.js";
import { metricMentions, moneyAmounts, type MetricMention } from "./change-figures.js";
import { splitSentences } from "./split-sentences.js";
import { findAll, matchesAnywhere } from "../core/scan.js";
import { firstStartingFrom, lastEndingBy } from "./spans.js";

/** A span of the explanation that shows the direction. */
export interface DirectionHit {
  start: number;
  end: number;
  text: string;
}

/** Whether the anticipated change is an improvement, a deterioration, or both, and where that is said. */
export interface ChangeDirection {
  value: "better" | "worse" | "mixed" | null;
  hits: DirectionHit[];
}

/** A lead word ("an increase in", "lower") takes a metric at most this far after it. */
const LEAD_REACH = 60;
/** A verb ("revenue decreased", "net loss is expected to increase") takes a metric at most this far before it. */
const VERB_REACH = 120;

/**
 * Reads the direction of the change explained under Part IV (3):
 * improvement is higher revenue or income, a smaller loss, a swing from loss
 * to profit; deterioration is lower revenue or income, a larger loss, a
 * swing to a loss. A metric with two amounts compared ("net loss of $5.2
 * million compared to $3.1 million") counts by their sizes when no word says
 * which way it moved. Both kinds → `mixed`; none → `null`. Expenses and other
 * metrics whose good direction is not fixed are not read.
 */
export function readChangeDirection(explanation: string | null): ChangeDirection {
  if (!explanation) return { value: null, hits: [] };
  let better = false;
  let worse = false;
  const hits: DirectionHit[] = [];
  const add = (kind: "better" | "worse", start: number, end: number): void => {
    if (kind === "better") better = true;
    else worse = true;
    hits.push({ start, end, text: explanation.slice(start, end) });
  };
  for (const span of splitSentences(explanation)) {
    const sentence = explanation.slice(span.start, span.end);
    const metrics = metricMentions(sentence).filter((m) => polarity(m.name) !== 0);
    const moved = new Set<MetricMention>();
    for (const m of findAll(PROFIT_LOSS_SWING, sentence)) {
      add(m.groups["better"] !== undefined ? "better" : "worse", span.start + m.start, span.start + m.end);
    }
    for (const d of findAll(DIRECTION_WORD, sentence)) {
      const g = d.groups;
      const leadWord = g["upLead"] ?? g["downLead"];
      const up = g["upLead"] !== undefined || g["up"] !== undefined;
      const dStart = d.start;
      const dEnd = d.end;
      const following = metrics[firstStartingFrom(metrics, dEnd)];
      const next = following && following.start - dEnd <= LEAD_REACH ? following : undefined;
      // "an increase in … revenue" reaches further than "higher revenue"; "decreased by 15% while gross profit" is a verb
      const prepositional = leadWord !== undefined && isPrepositional(leadWord);
      const after = next && (prepositional || matchesAnywhere(LEAD_GAP, sentence.slice(dEnd, next.start))) ? next : undefined;
      const lead = after !== undefined;
      const preceding = metrics[lastEndingBy(metrics, dStart)];
      const before = preceding && dStart - preceding.end <= VERB_REACH ? preceding : undefined;
      const metric = lead ? (after ?? before) : (before ?? after);
      if (!metric) continue;
      moved.add(metric);
      const good = polarity(metric.name) > 0;
      add(up === good ? "better" : "worse", span.start + Math.min(dStart, metric.start), span.start + Math.max(dEnd, metric.end));
    }
    compareAmounts(sentence, metrics, moved, (kind, s, e) => add(kind, span.start + s, span.start + e));
  }
  const value = better && worse ? "mixed" : better ? "better" : worse ? "worse" : null;
  return { value, hits };
}

/**
 * "net loss of $5.2 million for 2025 compared to $3.1 million for 2024":
 * two amounts of one metric with a comparison between them. The first is
 * the current one, except in "from $X to $Y".
 */
function compareAmounts(
  sentence: string,
  metrics: MetricMention[],
  moved: Set<MetricMention>,
  add: (kind: "better" | "worse", start: number, end: number) => void,
): void {
  const amounts = moneyAmounts(sentence);
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i] as { start: number; end: number; value: number };
    const b = amounts[i + 1] as { start: number; end: number; value: number };
    const metric = metrics[lastEndingBy(metrics, a.start)];
    if (!metric || a.start - metric.end > 200 || moved.has(metric)) continue;
    // the second amount must still be about the same metric
    let other = false;
    for (let j = firstStartingFrom(metrics, a.end); j < metrics.length && (metrics[j] as MetricMention).end <= b.start; j++) {
      if ((metrics[j] as MetricMention).name !== metric.name) other = true;
    }
    if (other) continue;
    const lead = sentence.slice(Math.max(0, a.start - 12), b.start);
    const fromTo = matchesAnywhere(FROM_TO, lead);
    if (!fromTo && !matchesAnywhere(COMPARED_WITH, sentence.slice(a.end, b.start))) continue;
    const current = Math.abs(fromTo ? b.value : a.value);
    const prior = Math.abs(fromTo ? a.value : b.value);
    if (current === prior) continue;
    add(current > prior === polarity(metric.name) > 0 ? "better" : "worse", Math.min(metric.start, a.start), b.end);
    moved.add(metric);
  }
}

/** "increase in", "decline of": a lead word that names its metric through a preposition. */
function isPrepositional(word: string): boolean {
  const tail = word.slice(-3).toLowerCase();
  return tail.trimStart().length === 2 && (tail.endsWith("in") || tail.endsWith("of")) && tail.trim() !== tail;
}

/** +1 when more is better (revenue, income), -1 when more is worse (a loss), 0 otherwise. */
function polarity(name: string): number {
  if (name.endsWith("loss") || name.includes("loss per")) return -1;
  if (name.includes("expense") || name.includes("cost") || name.includes("asset") || name.includes("cash")) return 0;
  if (name.startsWith("change in")) return 0;
  if (
    name.includes("revenue") ||
    name.includes("sales") ||
    name.includes("income") ||
    name.includes("earnings") ||
    name.includes("profit") ||
    name.includes("margin") ||
    name.includes("ebitda") ||
    name.includes("results")
  ) {
    return 1;
  }
  return 0;
}
