/**
 * Patterns of Part I (registrant information): its captions and the
 * shapes of its values. All are bounded: no nested unbounded quantifiers.
 */
import { pattern } from "../../core/pattern.js";

/** Part I caption: former name. */
export const CAPTION_FORMER = pattern(String.raw`Former \s{1,40} Name ,? \s{0,3} (?: if \s{1,40} applicable )?`, "i");
/** Part I caption: address of principal executive office. */
export const CAPTION_ADDRESS = pattern(String.raw`Address \s{1,40} of \s{1,40} (?: the \s{1,40} )? Principal \s{1,40} (?: Executive \s{1,40} )? Offices? (?: \s{0,3} [(,] \s{0,2} Street \s{1,40} and \s{1,40} Number \s{0,2} \)? )?`, "i");
/** Part I caption: city, state and zip code. */
export const CAPTION_CITY = pattern(String.raw`City , \s{0,3} State ,? \s{1,40} (?: and \s{1,40} )? Zip \s{0,3} (?: Code )?`, "i");

/** "REGISTRANT INFORMATION" heading words of Part I. */
export const PART1_TITLE = pattern(String.raw`REGISTRANT \s{1,40} INFORMATION`, "i");

/** A printed hint in parentheses after a caption: "(Street and Number)", "(Official Text)". */
export const CAPTION_HINT = pattern(String.raw`^ \s{0,4} \( [^()\n]{0,40} \) \s{0,4}`, "i");

/** A last address line that is a city, state and ZIP: "Austin, Texas 78746", "Edgewood, NY 11717". */
export const CITY_STATE_ZIP = pattern(String.raw`, \s{0,3} [A-Za-z.][A-Za-z. ]{1,30} \s{1,4} \d{5} (?: - \d{4} )? \b | , \s{0,3} [A-Z]{2} \s{0,4} $`);

/** A defined-term remark after a name: (the "Company"), (the \u201cRegistrant\u201d). */
export const DEFINED_TERM = pattern(String.raw`\s{0,3} \( \s{0,3} (?: the \s{1,40} | hereinafter \s{1,40} )? ["\u201c\u201d'] [^"\u201c\u201d()\n]{1,40} ["\u201c\u201d'] \s{0,3} \)`, "gi");

/** "formerly" before a former name. */
export const FORMERLY = pattern(String.raw`^ \s{0,3} \(? \s{0,3} formerly \s{1,40}`, "i");
