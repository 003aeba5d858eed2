/**
 * Date patterns of the period, signature and letter dates, in the forms real
 * notices write them: "December 31, 1997", "DECEMBER 31, 1997",
 * "Dec. 31, 1997", "12/31/97", "31st day of December, 1997", "31 December
 * 2025", "December 1997".
 */
import { compose } from "../core/pattern.js";

const MONTH = String.raw`
  \b (?<month> January | February | March | April | May | June | July | August | September
  | October | November | December | Jan | Feb | Mar | Apr | Jun | Jul | Aug | Sept | Sep
  | Oct | Nov | Dec ) \b \.?`;

/** Any one date; named groups say which form matched. */
export const DATE = compose(String.raw`
    {{month}} \s{0,3} (?<day> \d{1,2} ) (?!\d) (?: st | nd | rd | th )? \s{0,3} ,? \s{0,3} (?<year> \d{4} | '? \d{2} ) (?!\d)
  | (?<day2> \d{1,2} ) (?: st | nd | rd | th )? \s{1,3} (?: day \s{1,3} of \s{1,3} )? {{month2}} \s{0,3} ,? \s{0,3} (?<year2> \d{4} ) (?!\d)
  | (?<!\d) (?<mm> \d{1,2} ) \s{0,1} [/.\-] \s{0,1} (?<dd> \d{1,2} ) \s{0,1} [/.\-] \s{0,1} (?<yy> \d{4} | \d{2} ) (?![\d/])
  | (?<!\d) (?<isoY> (?:19|20) \d{2} ) - (?<isoM> \d{2} ) - (?<isoD> \d{2} ) (?!\d)
  | {{month3}} \s{0,3} ,? \s{0,3} (?<year3> \d{4} ) (?!\d)
`, { month: MONTH, month2: MONTH.replace("(?<month>", "(?<month2>"), month3: MONTH.replace("(?<month>", "(?<month3>") }, "i");
