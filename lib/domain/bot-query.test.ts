import { describe, expect, it } from "vitest";
import { parseBotQuery } from "./bot-query";

describe("parseBotQuery", () => {
  it.each([
    [{}, { label: "all", min: 0, max: 100, sort: "-score", page: 1 }],
    [{ label: "likely-bot", min: "70", max: "90", sort: "score", page: "2" }, { label: "likely-bot", min: 70, max: 90, sort: "score", page: 2 }],
    [{ label: "robot", min: "-5", max: "500", sort: "x", page: "0" }, { label: "all", min: 0, max: 100, sort: "-score", page: 1 }],
    [{ min: "80", max: "20" }, { min: 20, max: 80 }],
    [{ min: "4.5" }, { min: 0 }],
  ])("%j", (params, expected) => {
    expect(parseBotQuery(params)).toMatchObject(expected);
  });
});
