import type { RuleId } from "../core/rules/index.js";
import type { Span } from "../core/span.js";

/**
 * Evidence of a value as a reader finds it, in offsets of the text it read
 * (the assembler places it in the input's lines and columns):
 * - `span`: the text there, white space collapsed (cut at 200 characters);
 * - `box`: a box with its label, quoted as the source writes the box;
 * - `quote`: `text` as given, placed at offset `at` (a value joined from
 *   several lines, a phrase of a long text).
 */
export type FieldEvidence =
  | { kind: "span"; span: Span }
  | { kind: "box"; span: Span }
  | { kind: "quote"; at: number; text: string };

/** Evidence by record path (`form.periodEnded`), in the order the values were found. */
export type EvidenceMap = Map<string, FieldEvidence | FieldEvidence[]>;

/** A reader's warning about a field, at a span of the text it read or, without one, at its part (placed by the assembler). */
export interface FieldMessage {
  ruleId: RuleId;
  /** What happened, for people. */
  reason: string;
  /** The record path the warning is about. */
  path: string;
  /** Where, when the reader knows. */
  span: Span | null;
}

/**
 * What a reader of one group of the record (`G`: `NtRecord["form"]`, …)
 * returns: the values it read (a field left out keeps its "not given"
 * value), their evidence, its warnings.
 */
export interface Reading<G> {
  values: Partial<G>;
  evidence: EvidenceMap;
  messages: FieldMessage[];
}

/** Record paths by group and field: a reader's groups and fields are the record's, a bounded set. */
const RECORD_PATHS = new Map<string, Map<string, string>>();

/**
 * Builds a {@link Reading} of the group named `group` ("form", "part4"…):
 * values set with their evidence, warnings in the order they are found.
 */
export class ReadingBuilder<G extends object> {
  readonly values: Partial<G> = {};
  readonly evidence: EvidenceMap = new Map();
  readonly messages: FieldMessage[] = [];

  constructor(private readonly group: string) {}

  /** The record path of a field of the group (the one string of that path, so the record's evidence keys it without hashing a new text). */
  path(key: keyof G & string): string {
    let paths = RECORD_PATHS.get(this.group);
    if (!paths) RECORD_PATHS.set(this.group, (paths = new Map()));
    let path = paths.get(key);
    if (path === undefined) paths.set(key, (path = `${this.group}.${key}`));
    return path;
  }

  /** Sets a field; a value that is given gets `span`'s text as evidence. */
  set<K extends keyof G & string>(key: K, value: G[K], span: Span | null): void {
    this.values[key] = value;
    if (span && value !== null && value !== undefined) this.evidence.set(this.path(key), { kind: "span", span });
  }

  /** Sets a field's evidence (of a kind other than its span's text). */
  prove(key: keyof G & string, evidence: FieldEvidence | FieldEvidence[]): void {
    this.evidence.set(this.path(key), evidence);
  }

  /** A warning about a field, at `span` when known. */
  warn(key: keyof G & string, ruleId: RuleId, reason: string, span: Span | null = null): void {
    this.messages.push({ ruleId, reason, path: this.path(key), span });
  }

  /** The reading. */
  build(): Reading<G> {
    return { values: this.values, evidence: this.evidence, messages: this.messages };
  }
}
