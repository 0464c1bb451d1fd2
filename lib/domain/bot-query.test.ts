import { describe, expect, it } from "vitest";
import { botFilterParams, describeBotFilters, parseBotQuery } from "./bot-query";

describe("parseBotQuery", () => {
  it.each([
    [{}, { label: "all", confidence: "all", min: 0, max: 100, sort: "-score", page: 1 }],
    [{ label: "likely-bot", min: "70", max: "90", sort: "score", page: "2" }, { label: "likely-bot", min: 70, max: 90, sort: "score", page: 2 }],
    [{ label: "robot", min: "-5", max: "500", sort: "x", page: "0" }, { label: "all", min: 0, max: 100, sort: "-score", page: 1 }],
    [{ min: "80", max: "20" }, { min: 20, max: 80 }],
    [{ min: "4.5" }, { min: 0 }],
    [{ confidence: "low", sort: "-confidence" }, { confidence: "low", sort: "-confidence" }],
    [{ confidence: "high", sort: "confidence" }, { confidence: "high", sort: "confidence" }],
    [{ confidence: "certain", sort: "-label" }, { confidence: "all", sort: "-score" }],
    [{ confidence: ["medium", "low"] }, { confidence: "medium" }],
  ])("%j", (params, expected) => {
    expect(parseBotQuery(params)).toMatchObject(expected);
  });
});

describe("botFilterParams", () => {
  it.each([
    [{}, {}],
    [{ label: "suspicious", confidence: "low", min: "40", max: "69", sort: "score", page: "3" }, { label: "suspicious", confidence: "low", min: "40", max: "69" }],
    [{ confidence: "high", max: "100" }, { confidence: "high" }],
  ])("%j keeps the filters only", (params, expected) => {
    expect(botFilterParams(parseBotQuery(params))).toEqual(expected);
  });
});

describe("describeBotFilters", () => {
  it.each([
    [{}, []],
    [{ label: "likely-bot" }, ["likely bots"]],
    [{ confidence: "high" }, ["confidence high"]],
    [{ min: "60" }, ["score 60–100"]],
    [{ max: "39" }, ["score 0–39"]],
    [{ label: "likely-bot", confidence: "high", min: "60", max: "100" }, ["likely bots", "confidence high", "score 60–100"]],
    [{ label: "unknown", min: "90", max: "10", sort: "score", page: "4" }, ["unknown", "score 10–90"]],
  ])("%j", (params, expected) => {
    expect(describeBotFilters(parseBotQuery(params))).toEqual(expected);
  });
});
