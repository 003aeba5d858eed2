import { describe, expect, it } from "vitest";
import { checkUserAgent } from "./user-agent.js";

describe("User-Agent", () => {
  it("takes a name and an e-mail address, from the option before the environment", () => {
    expect(checkUserAgent("Jane Doe jane@example.org", "Other other@example.com")).toEqual({ kind: "ok", userAgent: "Jane Doe jane@example.org" });
    expect(checkUserAgent(undefined, "  Acme Research data@acme.co.uk ")).toEqual({ kind: "ok", userAgent: "Acme Research data@acme.co.uk" });
  });

  it.each([[undefined, undefined], ["", undefined], ["   ", undefined], ["Jane Doe", undefined], ["jane@localhost", undefined], [undefined, "curl/8.0"], ["a@b.c\nX-Evil: 1", undefined]])(
    "refuses %j (environment %j)",
    (given, env) => {
      expect(checkUserAgent(given, env).kind).toBe("refused");
    },
  );
});
