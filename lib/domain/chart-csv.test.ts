import { describe, expect, it } from "vitest";
import { chartCsv, type ChartData } from "./chart-csv";
import type { DailyPoint } from "./view-types";

const point = (day: string, followers: number, gained: number, lost: number, previous?: DailyPoint["previous"]): DailyPoint => ({
  day,
  followers,
  following: 0,
  gained,
  lost,
  reconstructed: day < "2026-12-02",
  previous,
});

const points = [
  point("2026-12-01", 100, 3, 1, null),
  point("2026-12-02", 104, 5, 1, { day: "2026-11-24", followers: 90, gained: 2, lost: 4 }),
];

describe("chartCsv", () => {
  it.each<{ chart: ChartData; lines: string[] }>([
    {
      chart: "followers",
      lines: ["day,followers,estimated,previous_day,previous_followers", "2026-12-01,100,yes,,", "2026-12-02,104,no,2026-11-24,90"],
    },
    {
      chart: "gain-loss",
      lines: [
        "day,gained,lost,net,previous_day,previous_gained,previous_lost,previous_net",
        "2026-12-01,3,1,2,,,,",
        // A negative net stays a number a spreadsheet can add up (csvCell lets plain negative numbers through).
        "2026-12-02,5,1,4,2026-11-24,2,4,-2",
      ],
    },
  ])("$chart", ({ chart, lines }) => {
    expect(chartCsv(chart, points)).toBe(lines.join("\n") + "\n");
  });

  it("writes the header alone for an empty chart", () => {
    expect(chartCsv("followers", [])).toBe("day,followers,estimated,previous_day,previous_followers\n");
  });
});
