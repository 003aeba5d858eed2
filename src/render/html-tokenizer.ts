/**
 * htmlparser2's `Tokenizer` (version 10.1.0, MIT licence, by Felix Böhm;
 * its notice in THIRD-PARTY-NOTICES.md),
 * ported for this front end: HTML mode only, one whole input, character
 * references left as written (the tag parser decodes what it reads), and
 * the steps that wait for one character (`<` in text, the closing quote of
 * an attribute value, `>` after an end tag's name, the end of a comment) are
 * one `indexOf` instead of a loop of character reads. The states, and the
 * callbacks with their offsets, are htmlparser2's own, in the same order;
 * test/html/html-stream.test.ts compares the two.
 */

/** The tokenizer's callbacks (htmlparser2's, less the two for decoded references). */
export interface TokenCallbacks {
  onattribdata(start: number, endIndex: number): void;
  /** `quote`: how the value was written (htmlparser2's `QuoteType`: 0 no value, 1 unquoted, 2 single, 3 double). */
  onattribend(quote: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
  oncdata(start: number, endIndex: number, endOffset: number): void;
  onclosetag(start: number, endIndex: number): void;
  oncomment(start: number, endIndex: number, endOffset: number): void;
  ondeclaration(start: number, endIndex: number): void;
  onend(): void;
  onopentagend(endIndex: number): void;
  onopentagname(start: number, endIndex: number): void;
  onprocessinginstruction(start: number, endIndex: number): void;
  onselfclosingtag(endIndex: number): void;
  /**
   * Text; `references` is true when htmlparser2 would decode its character
   * references (text read in the text state), false for raw text elements
   * and what is left of a cut-off tag, comment or declaration at the end of
   * the input. (htmlparser2 decodes a `<title>`'s references too; its text
   * is never rendered, so it is left as written.)
   */
  ontext(start: number, endIndex: number, references: boolean): void;
}

/** How an attribute value was written (htmlparser2's `QuoteType`). */
const enum QuoteType {
  NoValue = 0,
  Unquoted = 1,
  Single = 2,
  Double = 3,
}

const enum C {
  Tab = 9,
  NewLine = 10,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  ExclamationMark = 33,
  DoubleQuote = 34,
  SingleQuote = 39,
  Dash = 45,
  Slash = 47,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Questionmark = 63,
  UpperA = 65,
  UpperZ = 90,
  OpeningSquareBracket = 91,
  LowerA = 97,
  LowerZ = 122,
}

const enum State {
  Text = 1,
  BeforeTagName,
  InTagName,
  InSelfClosingTag,
  BeforeClosingTagName,
  InClosingTagName,
  AfterClosingTagName,
  BeforeAttributeName,
  InAttributeName,
  AfterAttributeName,
  BeforeAttributeValue,
  InAttributeValueDq,
  InAttributeValueSq,
  InAttributeValueNq,
  BeforeDeclaration,
  InDeclaration,
  InProcessingInstruction,
  BeforeComment,
  CDATASequence,
  InSpecialComment,
  InCommentLike,
  BeforeSpecialS,
  BeforeSpecialT,
  SpecialStartSequence,
  InSpecialTag,
}

function isWhitespace(c: number): boolean {
  return c === C.Space || c === C.NewLine || c === C.Tab || c === C.FormFeed || c === C.CarriageReturn;
}

function isEndOfTagSection(c: number): boolean {
  return c === C.Slash || c === C.Gt || isWhitespace(c);
}

function isASCIIAlpha(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ);
}

/** Character sequences matched case-insensitively (lower-case codes), as htmlparser2 has them. */
const Sequences = {
  Cdata: [0x43, 0x44, 0x41, 0x54, 0x41, 0x5b], // CDATA[
  CdataEnd: [0x5d, 0x5d, 0x3e], // ]]>
  CommentEnd: [0x2d, 0x2d, 0x3e], // `-->`
  ScriptEnd: [0x3c, 0x2f, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74], // `</script`
  StyleEnd: [0x3c, 0x2f, 0x73, 0x74, 0x79, 0x6c, 0x65], // `</style`
  TitleEnd: [0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c, 0x65], // `</title`
  TextareaEnd: [0x3c, 0x2f, 0x74, 0x65, 0x78, 0x74, 0x61, 0x72, 0x65, 0x61], // `</textarea`
  XmpEnd: [0x3c, 0x2f, 0x78, 0x6d, 0x70], // `</xmp`
} as const;

type Sequence = readonly number[];

/** Tokenizes `html` whole, calling `cbs` as htmlparser2's tokenizer (HTML mode, references not decoded) would. */
export function tokenize(html: string, cbs: TokenCallbacks): void {
  const tokenizer = new HtmlTokenizer(html, cbs);
  tokenizer.parse();
  tokenizer.finish();
}

class HtmlTokenizer {
  private state = State.Text;
  private sectionStart = 0;
  private index = 0;
  private isSpecial = false;
  private currentSequence: Sequence = Sequences.CommentEnd;
  private sequenceIndex = 0;

  constructor(
    private readonly buffer: string,
    private readonly cbs: TokenCallbacks,
  ) {}

  /**
   * Moves to the next `c` (returns true), or to the last character when
   * there is none (returns false), as the parse loop steps on from there.
   */
  private fastForwardTo(c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1);
    if (at < 0) {
      this.index = this.buffer.length - 1;
      return false;
    }
    this.index = at;
    return true;
  }

  private stateText(c: number): void {
    if (c === C.Lt || this.fastForwardTo(C.Lt)) {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index, true);
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    }
  }

  private stateSpecialStartSequence(c: number): void {
    const isEnd = this.sequenceIndex === this.currentSequence.length;
    const isMatch = isEnd ? isEndOfTagSection(c) : (c | 0x20) === this.currentSequence[this.sequenceIndex];
    if (!isMatch) {
      this.isSpecial = false;
    } else if (!isEnd) {
      this.sequenceIndex++;
      return;
    }
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }

  /** Looks for the end tag of a raw text element (`<title>`'s references are not decoded either). */
  private stateInSpecialTag(c: number): void {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (c === C.Gt || isWhitespace(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          // Spoof the index so that reported locations match up.
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText, false);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2; // Skip over the `</`
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 0x20) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence !== Sequences.TitleEnd && this.fastForwardTo(C.Lt)) {
        // Outside of <title> tags, we can fast-forward.
        this.sequenceIndex = 1;
      }
    } else {
      // If we see a `<`, set the sequence index to 1; useful for eg. `<</script>`.
      this.sequenceIndex = Number(c === C.Lt);
    }
  }

  private stateCDATASequence(c: number): void {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InDeclaration;
      this.stateInDeclaration(c); // Reconsume the character
    }
  }

  /** Comments and CDATA end with `-->` and `]]>` (longer runs of the first character allowed: `--->`). */
  private stateInCommentLike(c: number): void {
    if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 2);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      // Fast-forward to the first character of the sequence
      if (this.fastForwardTo(this.currentSequence[0] as number)) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      // Allow long sequences, eg. --->, ]]]>
      this.sequenceIndex = 0;
    }
  }

  private startSpecial(sequence: Sequence, offset: number): void {
    this.isSpecial = true;
    this.currentSequence = sequence;
    this.sequenceIndex = offset;
    this.state = State.SpecialStartSequence;
  }

  private stateBeforeTagName(c: number): void {
    if (c === C.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === C.Questionmark) {
      this.state = State.InProcessingInstruction;
      this.sectionStart = this.index + 1;
    } else if (isASCIIAlpha(c)) {
      const lower = c | 0x20;
      this.sectionStart = this.index;
      if (lower === Sequences.ScriptEnd[2]) {
        this.state = State.BeforeSpecialS;
      } else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2]) {
        this.state = State.BeforeSpecialT;
      } else {
        this.state = State.InTagName;
      }
    } else if (c === C.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }

  private stateInTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateBeforeClosingTagName(c: number): void {
    if (isWhitespace(c)) {
      // Ignore
    } else if (c === C.Gt) {
      this.state = State.Text;
    } else {
      this.state = isASCIIAlpha(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }

  private stateInClosingTagName(c: number): void {
    if (c === C.Gt || isWhitespace(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }

  private stateAfterClosingTagName(c: number): void {
    // Skip everything until ">"
    if (c === C.Gt || this.fastForwardTo(C.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeAttributeName(c: number): void {
    if (c === C.Gt) {
      this.cbs.onopentagend(this.index);
      if (this.isSpecial) {
        this.state = State.InSpecialTag;
        this.sequenceIndex = 0;
      } else {
        this.state = State.Text;
      }
      this.sectionStart = this.index + 1;
    } else if (c === C.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }

  private stateInSelfClosingTag(c: number): void {
    if (c === C.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
      this.isSpecial = false; // Reset special state, in case of self-closing special tags
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateInAttributeName(c: number): void {
    if (c === C.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }

  private stateAfterAttributeName(c: number): void {
    if (c === C.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === C.Slash || c === C.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }

  private stateBeforeAttributeValue(c: number): void {
    if (c === C.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === C.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c); // Reconsume token
    }
  }

  private handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === C.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    }
  }

  private stateInAttributeValueNoQuotes(c: number): void {
    if (isWhitespace(c) || c === C.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === C.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else {
      this.state = c === C.Dash ? State.BeforeComment : State.InDeclaration;
    }
  }

  private stateInDeclaration(c: number): void {
    if (c === C.Gt || this.fastForwardTo(C.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateInProcessingInstruction(c: number): void {
    if (c === C.Gt || this.fastForwardTo(C.Gt)) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === C.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      // Allow short comments (eg. <!-->)
      this.sequenceIndex = 2;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InDeclaration;
    }
  }

  private stateInSpecialComment(c: number): void {
    if (c === C.Gt || this.fastForwardTo(C.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeSpecialS(c: number): void {
    const lower = c | 0x20;
    if (lower === Sequences.ScriptEnd[3]) {
      this.startSpecial(Sequences.ScriptEnd, 4);
    } else if (lower === Sequences.StyleEnd[3]) {
      this.startSpecial(Sequences.StyleEnd, 4);
    } else {
      this.state = State.InTagName;
      this.stateInTagName(c); // Consume the token again
    }
  }

  private stateBeforeSpecialT(c: number): void {
    const lower = c | 0x20;
    if (lower === Sequences.TitleEnd[3]) {
      this.startSpecial(Sequences.TitleEnd, 4);
    } else if (lower === Sequences.TextareaEnd[3]) {
      this.startSpecial(Sequences.TextareaEnd, 4);
    } else if (lower === Sequences.XmpEnd[3]) {
      this.startSpecial(Sequences.XmpEnd, 4);
    } else {
      this.state = State.InTagName;
      this.stateInTagName(c); // Consume the token again
    }
  }

  /** Hands on what was read of the text or attribute value under way when the input ends. */
  private cleanup(): void {
    if (this.sectionStart !== this.index) {
      if (this.state === State.Text || (this.state === State.InSpecialTag && this.sequenceIndex === 0)) {
        this.cbs.ontext(this.sectionStart, this.index, this.readsReferences());
        this.sectionStart = this.index;
      } else if (
        this.state === State.InAttributeValueDq ||
        this.state === State.InAttributeValueSq ||
        this.state === State.InAttributeValueNq
      ) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }

  /** Steps through the input, calling the function of the current state for each character. */
  parse(): void {
    const buffer = this.buffer;
    while (this.index < buffer.length) {
      const c = buffer.charCodeAt(this.index);
      switch (this.state) {
        case State.Text:
          this.stateText(c);
          break;
        case State.SpecialStartSequence:
          this.stateSpecialStartSequence(c);
          break;
        case State.InSpecialTag:
          this.stateInSpecialTag(c);
          break;
        case State.CDATASequence:
          this.stateCDATASequence(c);
          break;
        case State.InAttributeValueDq:
          this.handleInAttributeValue(c, C.DoubleQuote);
          break;
        case State.InAttributeName:
          this.stateInAttributeName(c);
          break;
        case State.InCommentLike:
          this.stateInCommentLike(c);
          break;
        case State.InSpecialComment:
          this.stateInSpecialComment(c);
          break;
        case State.BeforeAttributeName:
          this.stateBeforeAttributeName(c);
          break;
        case State.InTagName:
          this.stateInTagName(c);
          break;
        case State.InClosingTagName:
          this.stateInClosingTagName(c);
          break;
        case State.BeforeTagName:
          this.stateBeforeTagName(c);
          break;
        case State.AfterAttributeName:
          this.stateAfterAttributeName(c);
          break;
        case State.InAttributeValueSq:
          this.handleInAttributeValue(c, C.SingleQuote);
          break;
        case State.BeforeAttributeValue:
          this.stateBeforeAttributeValue(c);
          break;
        case State.BeforeClosingTagName:
          this.stateBeforeClosingTagName(c);
          break;
        case State.AfterClosingTagName:
          this.stateAfterClosingTagName(c);
          break;
        case State.BeforeSpecialS:
          this.stateBeforeSpecialS(c);
          break;
        case State.BeforeSpecialT:
          this.stateBeforeSpecialT(c);
          break;
        case State.InAttributeValueNq:
          this.stateInAttributeValueNoQuotes(c);
          break;
        case State.InSelfClosingTag:
          this.stateInSelfClosingTag(c);
          break;
        case State.InDeclaration:
          this.stateInDeclaration(c);
          break;
        case State.BeforeDeclaration:
          this.stateBeforeDeclaration(c);
          break;
        case State.BeforeComment:
          this.stateBeforeComment(c);
          break;
        case State.InProcessingInstruction:
          this.stateInProcessingInstruction(c);
          break;
      }
      this.index++;
    }
    this.cleanup();
  }

  /** Hands on what is left at the end of the input, then the end. */
  finish(): void {
    this.handleTrailingData();
    this.cbs.onend();
  }

  private handleTrailingData(): void {
    const endIndex = this.buffer.length;
    // If there is no remaining data, we are done.
    if (this.sectionStart >= endIndex) return;
    if (this.state === State.InCommentLike) {
      if (this.currentSequence === Sequences.CdataEnd) {
        this.cbs.oncdata(this.sectionStart, endIndex, 0);
      } else {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
      }
    } else if (
      this.state === State.InTagName ||
      this.state === State.BeforeAttributeName ||
      this.state === State.BeforeAttributeValue ||
      this.state === State.AfterAttributeName ||
      this.state === State.InAttributeName ||
      this.state === State.InAttributeValueSq ||
      this.state === State.InAttributeValueDq ||
      this.state === State.InAttributeValueNq ||
      this.state === State.InClosingTagName
    ) {
      // An opening or closing tag cut off by the end of the input is ignored.
    } else {
      this.cbs.ontext(this.sectionStart, endIndex, this.readsReferences());
    }
  }

  /** Whether htmlparser2 decodes character references in the current state (a `<title>` aside). */
  private readsReferences(): boolean {
    return this.state === State.Text;
  }
}
