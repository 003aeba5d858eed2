import { describe, expect, it } from "vitest";
import { readChangeDirection } from "./change-direction.js";

const direction = (text: string | null) => readChangeDirection(text).value;

describe("readChangeDirection", () => {
  it("reads improvement: higher revenue or income, a smaller loss", () => {
    expect(direction("Revenues are expected to increase by approximately 20% compared to the prior year.")).toBe("better");
    expect(direction("The Company anticipates a decrease in its net loss for fiscal 2025.")).toBe("better");
    expect(direction("The Company expects higher net revenues for the quarter.")).toBe("better");
    expect(direction("Net income of $2.0 million for 2025 compared to a net loss of $1.0 million for 2024.")).toBe("better");
  });
  it("reads deterioration: lower revenue, a larger loss, a decrease in net income", () => {
    expect(direction("Revenue decreased by 15% due to lower demand.")).toBe("worse");
    expect(direction("The Company expects an increase in its net loss.")).toBe("worse");
    expect(direction("The Company expects a decrease in net income.")).toBe("worse");
    expect(direction("The Company expects a net loss of $5.2 million compared to a net loss of $3.1 million last year.")).toBe(
      "worse",
    );
  });
  it("reads both as mixed, and nothing as null", () => {
    expect(direction("Revenue decreased by 15% while gross profit increased to $1.2 billion.")).toBe("mixed");
    expect(direction("The Company does not anticipate a significant change.")).toBeNull();
    expect(direction(null)).toBeNull();
  });
  it("compares two amounts of one metric when no word says which way", () => {
    expect(direction("Net sales were $12.5 million, compared with $10.0 million a year earlier.")).toBe("better");
    expect(direction("Net sales went from $12.5 million to $10.0 million.")).toBe("worse");
  });
  it("gives the spans that show the direction", () => {
    const text = "Revenue decreased by 15%.";
    const { hits } = readChangeDirection(text);
    expect(hits).toEqual([{ start: 0, end: 17, text: "Revenue decreased" }]);
  });
});
