import { describe, expect, it } from "vitest";
import { readGraceIntent } from "./grace-intent.js";

const intent = (narrative: string | null, relief: boolean | null = null) => readGraceIntent({ narrative }, relief).value;

describe("readGraceIntent", () => {
  it("is true when the registrant expects to file within the extension", () => {
    expect(intent("The Company expects to file the Form 10-K within the extension period of 15 calendar days.")).toBe(true);
    expect(intent("The Registrant will file no later than the fifth calendar day following the prescribed due date.")).toBe(true);
    expect(intent("It anticipates filing on or before the fifteenth calendar day following the prescribed due date.")).toBe(true);
    expect(intent("The Company hopes to file within the time period provided by Exchange Act Rule 12b-25.")).toBe(true);
  });
  it("is false when it says it will not, and that wins", () => {
    expect(
      intent(
        "The Company expects to file soon. The Company does not anticipate being able to file the Form 10-Q within the extension period provided by Rule 12b-25.",
      ),
    ).toBe(false);
    expect(intent("The Company will not be able to file the report within the fifteen-day grace period.")).toBe(false);
  });
  it("does not read a denial of the original due date as a denial of the extension", () => {
    expect(
      intent("The Company will not be able to file by the due date and expects to file within the fifteen-day extension."),
    ).toBe(true);
  });
  it("reads no intent from a hedged sentence, then falls back to the Part II box", () => {
    const hedged =
      "There can be no guarantee that the Registrant will file on a timely basis, which could result in the Form 10-K not being filed within the 15 additional days provided by Rule 12b-25.";
    expect(intent(hedged)).toBeNull();
    expect(intent(hedged, true)).toBe(true);
    expect(intent("The Company will file as soon as practicable.", false)).toBeNull();
    expect(intent(null, true)).toBe(true);
  });
  it("reads the Part IV (3) explanation too and gives the span", () => {
    const changeExplanation = "The Company expects to file within the five-day extension.";
    const r = readGraceIntent({ narrative: "Nothing here.", changeExplanation }, null);
    expect(r.value).toBe(true);
    expect(r.hit).toMatchObject({ field: "changeExplanation" });
    expect(changeExplanation.slice(r.hit!.start, r.hit!.end)).toBe(r.hit!.text);
    expect(r.hit!.text).toBe("file within the five-day");
  });
});
