import { createRequire } from "node:module";
import type { Handler, Parser, ParserOptions } from "htmlparser2";

type ParserClass = new (cbs?: Partial<Handler> | null, options?: ParserOptions) => Parser;
let ParserCtor: ParserClass | null = null;

/**
 * A new htmlparser2 `Parser` (HTML mode, entities decoded) calling `handler`,
 * the package loaded on the first character reference to decode: a process
 * that reads only plain text never loads it.
 */
export function createHtmlParser(handler: Partial<Handler>): Parser {
  ParserCtor ??= (createRequire(import.meta.url)("htmlparser2") as { Parser: ParserClass }).Parser;
  return new ParserCtor(handler);
}

