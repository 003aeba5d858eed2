import { pattern } from "./compile.js";

/*
 * Patterns of the EDGAR envelope: the SGML wrapper of a submission
 * (`<SEC-DOCUMENT>`, `<SEC-HEADER>`, `<IMS-HEADER>`, `.nc` `<SUBMISSION>`),
 * its `<DOCUMENT>`s and the tags inside them.
 *
 * Lines may end in LF, CRLF or a bare CR (old Mac-made filings), so a line's
 * content is always `[^\r\n]*` and `^`/`$` rely on the `m` flag, which treats
 * CR and LF alike. Values are captured up to the line end and trimmed in code,
 * so no pattern has two quantifiers competing for the same blanks.
 */

/**
 * The text header's `CONFORMED SUBMISSION TYPE:` line (SEC-HEADER and the
 * 1990s IMS-HEADER), e.g. `CONFORMED SUBMISSION TYPE:\t24F-2NT`
 * (fixtures/envelope/real/0000950129-95-001652.txt). The value runs to the
 * end of the line and is trimmed by the caller.
 */
export const CONFORMED_SUBMISSION_TYPE = pattern(
  String.raw`
  ^ [\ \t]* CONFORMED [\ \t]+ SUBMISSION [\ \t]+ TYPE [\ \t]* :
  (?<value> [^\r\n]* )
  `,
  "gim",
);

/**
 * A `<TYPE>` tag at the start of a line: the submission type in a `.nc`
 * `<SUBMISSION>` header (`<TYPE>D`, fixtures/envelope/real/0002002260-24-000001.nc)
 * or a document's type inside `<DOCUMENT>` (`<TYPE>NT 10-K`). The value runs
 * to the end of the line or the next tag.
 */
export const TYPE_TAG_LINE = pattern(
  String.raw`
  ^ [\ \t]* <TYPE> (?<value> [^\r\n<]* )
  `,
  "gim",
);
