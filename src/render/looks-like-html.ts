import { matchesFrom } from "../core/scan.js";
/**
 * Tells an HTML document from a 1990s plain-text body. The plain-text bodies
 * carry SGML-ish tags of their own (`<PAGE>`, `<TABLE>`, `<S>`, `<C>`,
 * `<CAPTION>`, `<FN>`) and must stay plain text.
 */
import { HTML_DOCUMENT_TAG, HTML_ONLY_TAG } from "./render-patterns.js";

/** How much of the start of a document is looked at. */
export const HTML_SNIFF_PREFIX = 64 * 1024;

/** Tags of HTML-only kinds needed (without an `<html>`/`<body>` tag) to call a text HTML. */
const MIN_HTML_TAGS = 2;

/**
 * True when `text` is an HTML document: it has an `<html>`, `<head>`,
 * `<body>` or `<!DOCTYPE html>` tag, or at least two HTML-only tags
 * (`<p>`, `</div>`, `<font>`, `<td>`, `<br>` …) in its first 64 KiB.
 * Linear in that prefix; the rest of the text is never read.
 */
export function looksLikeHtml(text: string): boolean {
  const prefix = text.length > HTML_SNIFF_PREFIX ? text.slice(0, HTML_SNIFF_PREFIX) : text;
  // Every tag opens with "<": a plain-text body without one skips both patterns.
  if (!prefix.includes("<")) return false;
  if (HTML_DOCUMENT_TAG.test(prefix)) return true;
  let count = 0;
  for (const _ of matchesFrom(prefix, HTML_ONLY_TAG, 0)) if (++count >= MIN_HTML_TAGS) return true;
  return false;
}
