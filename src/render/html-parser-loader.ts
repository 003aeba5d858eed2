import { createRequire } from "node:module";
import type { Handler, Parser, ParserOptions, Tokenizer, TokenizerCallbacks } from "htmlparser2";

type ParserClass = new (cbs?: Partial<Handler> | null, options?: ParserOptions) => Parser;
type TokenizerClass = new (options: { decodeEntities?: boolean }, cbs: TokenizerCallbacks) => Tokenizer;
let htmlparser2: { Parser: ParserClass; Tokenizer: TokenizerClass } | null = null;

/** htmlparser2, loaded on the first HTML document: a process that reads only plain text never loads it. */
function load(): { Parser: ParserClass; Tokenizer: TokenizerClass } {
  htmlparser2 ??= createRequire(import.meta.url)("htmlparser2") as { Parser: ParserClass; Tokenizer: TokenizerClass };
  return htmlparser2;
}

/** A new htmlparser2 `Parser` (HTML mode, entities decoded) calling `handler`. */
export function createHtmlParser(handler: Partial<Handler>): Parser {
  return new (load().Parser)(handler);
}

/**
 * A new htmlparser2 `Tokenizer` in HTML mode that leaves character
 * references as written (text and quoted attribute values are then skipped
 * over in one step), calling `callbacks`.
 */
export function createRawTokenizer(callbacks: TokenizerCallbacks): Tokenizer {
  return new (load().Tokenizer)({ decodeEntities: false }, callbacks);
}
