import { BLANK_RUN, CHANGE_OF_BEFORE, METRIC, MONEY_AMOUNT, PERCENT_AHEAD, PERIOD } from "./reason-patterns.js";
import { splitSentences } from "./split-sentences.js";
import { findAll, matchesAnywhere } from "../core/scan.js";
import { firstStartingFrom, lastEndingBy } from "./spans.js";

/** One amount of the Part IV (3) explanation, with the metric and period it belongs to. */
export interface ChangeFigureHit {
  /** Canonical metric name: "net loss", "revenue", "gross profit", "change in revenue". */
  metric: string;
  /** The period as written ("fiscal 2025", "three months ended March 31, 2026"), or null. */
  period: string | null;
  /** Plain number: 1200000 for "$1.2 million"; negative when written in parentheses. */
  amount: number;
  /** Offsets of the amount in the explanation. */
  start: number;
  end: number;
  text: string;
}

/** A metric mention: its span and canonical name. */
export interface MetricMention {
  start: number;
  end: number;
  name: string;
}

/** How far before an amount its metric may be named (characters). */
const METRIC_BEFORE_REACH = 200;
/** How far after an amount its metric may be named ("$2.1 million of revenue"). */
const METRIC_AFTER_REACH = 30;

const SCALE: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  m: 6,
  mm: 6,
  mn: 6,
  billion: 9,
  b: 9,
  bn: 9,
  trillion: 12,
};

/**
 * Reads the amounts of a Part IV (3) explanation, each tied to the metric
 * named before it in the same sentence (or right after it: "$2.1 million of
 * revenue") and to the period named around it. An amount with no metric in
 * reach is left out rather than guessed. Percentages are not amounts.
 */
export function readChangeFigures(explanation: string | null): ChangeFigureHit[] {
  if (!explanation) return [];
  const out: ChangeFigureHit[] = [];
  for (const span of splitSentences(explanation)) {
    const sentence = explanation.slice(span.start, span.end);
    const metrics = metricMentions(sentence);
    const periods = findAll(PERIOD, sentence).map((m) => ({
      start: m.start,
      end: m.end,
      text: tidyPeriod(m.groups["text"] ?? m.groups["year"] ?? m.text),
    }));
    const amounts = moneyAmounts(sentence);
    amounts.forEach((a, i) => {
      const metric = metricFor(metrics, a.start, a.end);
      if (!metric) return;
      const before = sentence.slice(Math.max(0, a.start - 60), a.start);
      const name = matchesAnywhere(CHANGE_OF_BEFORE, before) ? `change in ${metric.name}` : metric.name;
      const prevEnd = i > 0 ? (amounts[i - 1] as { end: number }).end : 0;
      const nextStart = i + 1 < amounts.length ? (amounts[i + 1] as { start: number }).start : sentence.length;
      out.push({
        metric: name,
        period: periodFor(periods, a, prevEnd, nextStart, amounts[0]?.start ?? 0),
        amount: a.value,
        start: span.start + a.start,
        end: span.start + a.end,
        text: a.text,
      });
    });
  }
  return out;
}

/** Metric mentions of a sentence, in order. */
export function metricMentions(sentence: string): MetricMention[] {
  return findAll(METRIC, sentence).map((m) => ({
    start: m.start,
    end: m.end,
    name: canonicalMetric(m.groups["name"] ?? m.text),
  }));
}

/** Money amounts of a sentence: span, text and value. */
export function moneyAmounts(sentence: string): Array<{ start: number; end: number; text: string; value: number }> {
  const out: Array<{ start: number; end: number; text: string; value: number }> = [];
  for (const m of findAll(MONEY_AMOUNT, sentence)) {
    const g = m.groups;
    if (matchesAnywhere(PERCENT_AHEAD, sentence.slice(m.end, m.end + 9))) continue;
    const num = g["num"] ?? g["bnum"];
    if (num === undefined) continue;
    const frac = (g["frac"] ?? g["bfrac"] ?? "").slice(1);
    const scaleWord = (g["scale"] ?? g["abbr"] ?? g["bscale"] ?? "").toLowerCase();
    // accountants write a negative amount in parentheses: "$(345,000)", "($345,000)"
    const negative = (g["open1"] !== undefined || g["open2"] !== undefined) && g["close"] !== undefined;
    const value = scaled(num.split(",").join(""), frac, SCALE[scaleWord] ?? 0);
    out.push({ start: m.start, end: m.end, text: m.text, value: negative ? -value : value });
  }
  return out;
}

/**
 * Multiplies a decimal written as digits by 10^exp without floating-point
 * drift ("1.15" million is 1150000, not 1149999.9999999998).
 */
function scaled(intDigits: string, fracDigits: string, exp: number): number {
  const shifted = fracDigits.slice(0, exp).padEnd(exp, "0");
  const rest = fracDigits.slice(exp);
  return Number(`${intDigits}${shifted}${rest ? `.${rest}` : ""}`);
}

function metricFor(metrics: MetricMention[], start: number, end: number): MetricMention | null {
  const i = lastEndingBy(metrics, start);
  const before = metrics[i];
  if (before && start - before.end <= METRIC_BEFORE_REACH) return before;
  const after = metrics[firstStartingFrom(metrics, end)];
  return after && after.start - end <= METRIC_AFTER_REACH ? after : null;
}

/**
 * The period of an amount: one named between it and the next amount
 * ("$5.0 million for fiscal 2025 compared to …"), else between the previous
 * amount and it ("For fiscal 2025, revenue was $5.0 million"), else a period
 * leading the sentence before its first amount.
 */
function periodFor(
  periods: Array<{ start: number; end: number; text: string }>,
  amount: { start: number; end: number },
  prevEnd: number,
  nextStart: number,
  firstAmountStart: number,
): string | null {
  const after = periods[firstStartingFrom(periods, amount.end)];
  if (after && after.end <= nextStart) return after.text;
  const before = periods[lastEndingBy(periods, amount.start)];
  if (before && before.start >= prevEnd) return before.text;
  const lead = periods[0];
  return lead && lead.end <= firstAmountStart ? lead.text : null;
}

/** "Net Revenues" → "net revenue"; "loss from operations" → "operating loss". */
function canonicalMetric(raw: string): string {
  const words = raw.toLowerCase().split(BLANK_RUN).filter((w) => w !== "");
  const singular: Record<string, string> = {
    revenues: "revenue",
    losses: "loss",
    profits: "profit",
    margins: "margin",
  };
  const name = words.map((w) => singular[w] ?? w).join(" ");
  if (name === "loss from operations" || name === "loss from continuing operations") return "operating loss";
  if (name === "income from operations" || name === "income from continuing operations") return "operating income";
  return name;
}

/** "the three months ended March 31, 2026" → "three months ended March 31, 2026". */
function tidyPeriod(text: string): string {
  const collapsed = text.split(BLANK_RUN).filter((w) => w !== "").join(" ");
  return collapsed.startsWith("the ") ? collapsed.slice(4) : collapsed;
}
