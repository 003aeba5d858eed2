import { pattern } from "../core/pattern.js";

/**
 * The dashed line that ends the header of an `.idx` index (its length
 * varies with the file; only dashes and trailing blanks).
 */
export const DASHED_SEPARATOR = pattern(String.raw`
  ^ -{10,} [\ \t\r]* $   # ten or more dashes, then nothing but blanks
`);

/** The accession number in an index row's file name: `edgar/data/1806014/0001140361-20-006155.txt`. */
export const ACCESSION_IN_FILE_NAME = pattern(String.raw`
  (?<accession> \d{10} - \d{2} - \d{6} )   # ##########-##-######
  (?: \.txt | -index\.html? | \.nc )? $     # the file's suffix, if any, at the end
`);

/** An accession number on its own. */
export const ACCESSION_NUMBER = pattern(String.raw`
  ^ \d{10} - \d{2} - \d{6} $
`);

/** A whole-number CIK as the indexes write it (not zero-padded). */
export const CIK_DIGITS = pattern(String.raw`
  ^ \d{1,10} $
`);

/** A quarterly index's date, `YYYY-MM-DD`. */
export const ISO_DAY = pattern(String.raw`
  ^ (?<year> \d{4} ) - (?<month> \d{2} ) - (?<day> \d{2} ) $
`);

/** A daily index's date, `YYYYMMDD`. */
export const COMPACT_DAY = pattern(String.raw`
  ^ (?<year> \d{4} ) (?<month> \d{2} ) (?<day> \d{2} ) $
`);

/**
 * The name of a daily index file: `form.20200318.idx`, the older
 * `form.950103.idx` (YYMMDD) or `form.010398.idx` (MMDDYY), optionally
 * compressed (`.gz`, `.Z`).
 */
export const DAILY_INDEX_NAME = pattern(String.raw`
  (?: ^ | [/!\\] )      # the start, a folder, or an archive entry's ! mark
  (?<kind> form | company | master | crawler | sitemap )
  \. (?<digits> \d{8} | \d{6} )
  \. idx (?: \.gz | \.Z )? $
`, "i");

/** A submissions JSON file name: `CIK0000749647.json` or its page `CIK0000749647-submissions-001.json`. */
export const SUBMISSIONS_FILE_NAME = pattern(String.raw`
  (?: ^ | [/!\\] )      # the start, a folder, or an archive entry's ! mark
  CIK (?<cik> \d{10} )
  (?<page> -submissions- \d{3} )?
  \. json $
`, "i");

/** The header line `Last Data Received:    Mar 18, 2020` (`March 31, 2021`, `Jan  2, 2020`). */
export const LAST_DATA_RECEIVED = pattern(String.raw`
  ^ \s* Last \s Data \s Received: \s*
  (?<month> [A-Za-z]{3,9} ) \.? \s+
  (?<day> \d{1,2} ) , \s*
  (?<year> \d{4} )
`);
