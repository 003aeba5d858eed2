import { describe, expect, it } from "vitest";
import { readChangeFigures } from "./change-figures.js";

const figures = (text: string) => readChangeFigures(text).map(({ metric, period, amount }) => ({ metric, period, amount }));

describe("readChangeFigures", () => {
  it("ties amounts to the metric before them and the period around them", () => {
    expect(
      figures(
        "The Company expects to report a net loss of approximately $5.2 million for fiscal 2025, compared to a net loss of $3.1 million for fiscal 2024.",
      ),
    ).toEqual([
      { metric: "net loss", period: "fiscal 2025", amount: 5_200_000 },
      { metric: "net loss", period: "fiscal 2024", amount: 3_100_000 },
    ]);
  });
  it("reads a period leading the sentence, and a change amount as a change", () => {
    expect(
      figures(
        "For the three months ended March 31, 2026, revenues are expected to be approximately $12,345, an increase of $1.15 million, or 10%.",
      ),
    ).toEqual([
      { metric: "revenue", period: "three months ended March 31, 2026", amount: 12_345 },
      { metric: "change in revenue", period: "three months ended March 31, 2026", amount: 1_150_000 },
    ]);
  });
  it("reads parentheses as negative, billions without a dollar sign, and no percentages", () => {
    expect(figures("Net income was $(345,000) for the year ended December 31, 2025.")).toEqual([
      { metric: "net income", period: "year ended December 31, 2025", amount: -345_000 },
    ]);
    expect(figures("Total revenues were 1.5 billion, up 12%, and 200 million shares were issued.")).toEqual([
      { metric: "total revenue", period: null, amount: 1_500_000_000 },
    ]);
    expect(figures("Gross profit margin rose 15% and operating income rose 3 percent.")).toEqual([]);
  });
  it("reads a metric named right after the amount, and leaves amounts without a metric out", () => {
    expect(figures("The Company expects $2.1 million of revenue in 2025.")).toEqual([
      { metric: "revenue", period: "2025", amount: 2_100_000 },
    ]);
    expect(figures("The Company paid $50,000 to its landlord.")).toEqual([]);
    expect(readChangeFigures(null)).toEqual([]);
  });
  it("gives the amount's offsets in the explanation", () => {
    const text = "Revenue fell. Operating loss was approximately $1.2 million in the quarter ended June 30, 2025.";
    const [f] = readChangeFigures(text);
    expect(f).toMatchObject({ metric: "operating loss", period: "quarter ended June 30, 2025", amount: 1_200_000 });
    expect(text.slice(f!.start, f!.end)).toBe("$1.2 million");
    expect(f!.text).toBe("$1.2 million");
  });
});
