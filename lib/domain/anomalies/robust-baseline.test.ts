import { describe, expect, it } from "vitest";
import { median, robustBaseline, spikeStrength } from "./robust-baseline";

describe("median", () => {
  it.each([
    { values: [], expected: 0 },
    { values: [3], expected: 3 },
    { values: [5, 1, 3], expected: 3 },
    { values: [4, 1, 3, 2], expected: 2.5 },
  ])("of $values is $expected", ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

describe("robustBaseline and spikeStrength", () => {
  it.each([
    { name: "a flat history of zeros: 3 is no spike", history: [0, 0, 0, 0, 0, 0], value: 3, spike: false },
    { name: "a flat history of zeros: 11 is one", history: [0, 0, 0, 0, 0, 0], value: 11, spike: true },
    { name: "a steady high churn: 240 against 200 ± 20 is no spike", history: [180, 210, 195, 220, 200, 190, 205], value: 240, spike: false },
    { name: "a steady high churn: 900 against 200 ± 20 is one", history: [180, 210, 195, 220, 200, 190, 205], value: 900, spike: true },
    { name: "a tight large account: 1.5× the usual is no spike", history: [1000, 1002, 998, 1001, 999], value: 1500, spike: false },
    { name: "a tight large account: 2.5× the usual is one", history: [1000, 1002, 998, 1001, 999], value: 2500, spike: true },
    { name: "a 5-million account: its own noise decides", history: [20000, 26000, 18000, 24000, 22000, 19000], value: 60000, spike: true },
    { name: "one earlier spike does not raise the bar", history: [5, 6, 4, 500, 5, 6], value: 60, spike: true },
  ])("$name", ({ history, value, spike }) => {
    const b = robustBaseline(history);
    expect(b.threshold).toBeGreaterThan(b.median);
    expect(spikeStrength(value, b) > 0).toBe(spike);
  });

  it("measures how far above the line a value is", () => {
    const b = robustBaseline([0, 0, 0, 0, 0]);
    expect(b).toEqual({ median: 0, spread: 1, threshold: 10 });
    expect(spikeStrength(10, b)).toBe(0);
    expect(spikeStrength(20, b)).toBe(2);
    expect(spikeStrength(45, b)).toBe(4.5);
  });
});
