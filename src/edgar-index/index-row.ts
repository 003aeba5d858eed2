/**
 * One filing as EDGAR's indexes list it: a row of a `form.idx`,
 * `company.idx` or `master.idx` (full or daily), or an entry of a company's
 * submissions JSON. Values are normalised: the CIK is zero-padded to ten
 * digits, dates are ISO (`YYYY-MM-DD`), the form type is as EDGAR spells it.
 */
export interface IndexRow {
  /** The filer's CIK, ten digits. */
  cik: string;
  /** The company name as the index gives it (may hold backslashes: `\DE\`). */
  companyName: string;
  /** EDGAR's form type (`10-K`, `NT 10-Q`, `10-K/A`). */
  formType: string;
  /** The filing date, `YYYY-MM-DD` (EDGAR dates a filing made after 5:30 p.m. on the next business day). */
  dateFiled: string;
  /** The accession number, `##########-##-######`, when the file name or the JSON gives it. */
  accessionNumber: string | null;
  /** The path under `Archives/` (`edgar/data/…/….txt`) for index rows; the primary document for submissions JSON. */
  fileName: string | null;
  /** The period of the report (`reportDate` of the submissions JSON); null in the `.idx` indexes. */
  reportDate: string | null;
  /** When EDGAR accepted the filing (`acceptanceDateTime` of the submissions JSON); null in the `.idx` indexes. */
  acceptanceDateTime: string | null;
}

/** The three layouts of EDGAR's `.idx` indexes. */
export type IndexLayout = "form" | "company" | "master";

/** What a company's submissions JSON says of the company itself (not of one filing). */
export interface SubmissionsCompany {
  /** Ten-digit CIK. */
  cik: string;
  /** The company's current name. */
  name: string | null;
  /** The filer category today ("Large accelerated filer", "Non-accelerated filer<br>Smaller reporting company", or empty). */
  category: string | null;
  /** Fiscal year end as `MMDD`, when given. */
  fiscalYearEnd: string | null;
  /** The continuation pages named under `filings.files` (`CIK##########-submissions-NNN.json`). */
  pages: string[];
  /** The earliest filing date the JSON and its pages claim to cover (`filingFrom` of the pages, else the earliest row). */
  filingFrom: string | null;
}
