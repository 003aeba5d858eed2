import { USER_AGENT_EMAIL } from "./fetch-patterns.js";

/** The User-Agent to send, or why it is refused. */
export type UserAgentCheck = { kind: "ok"; userAgent: string } | { kind: "refused"; reason: string };

/** Where EDGAR's fair-access rules are written. */
export const FAIR_ACCESS_URL = "https://www.sec.gov/os/accessing-edgar-data";

/**
 * The User-Agent of every request: `--user-agent`, else `EDGAR_USER_AGENT`.
 * EDGAR asks automated clients to name the person or company and an e-mail
 * address (`Jane Doe jane@example.org`); one without an address, or none at
 * all, is refused before any request is made.
 */
export function checkUserAgent(given: string | undefined, env: string | undefined): UserAgentCheck {
  const value = (given ?? env ?? "").trim();
  if (value.length === 0) {
    return {
      kind: "refused",
      reason:
        `EDGAR requires a User-Agent that names you and gives your e-mail address: ` +
        `--user-agent "Jane Doe jane@example.org" or EDGAR_USER_AGENT (see ${FAIR_ACCESS_URL})`,
    };
  }
  if (value.includes("\n") || value.includes("\r")) return { kind: "refused", reason: "the User-Agent must be one line" };
  if (!USER_AGENT_EMAIL.test(value)) {
    return {
      kind: "refused",
      reason: `the User-Agent "${value}" gives no e-mail address; EDGAR asks for your name and e-mail, as in "Jane Doe jane@example.org" (see ${FAIR_ACCESS_URL})`,
    };
  }
  return { kind: "ok", userAgent: value };
}
