import { describe, expect, it } from "vitest";
import { buildAnomalyPayload, buildTestPayload, PAYLOAD_ACCOUNTS } from "./anomaly-payload";

const input = {
  id: 42,
  kind: "mass-unfollow-spike",
  severity: "high",
  status: "open",
  windowStart: new Date(Date.UTC(2026, 4, 3)),
  windowEnd: new Date(Date.UTC(2026, 4, 4)),
  summary: "120 followers left on 4 May, about 10 times your usual day.",
  accountCount: 150,
  accounts: Array.from({ length: 150 }, (_, i) => `acct${i}`),
  account: "my.handle",
};

describe("buildAnomalyPayload", () => {
  it("names the anomaly, its window in ISO, the first 100 handles and a link to its page", () => {
    const payload = buildAnomalyPayload(input, "https://followlens.example.com/");
    expect(payload).toEqual({
      type: "anomaly.detected",
      anomaly: {
        id: 42,
        kind: "mass-unfollow-spike",
        severity: "high",
        status: "open",
        windowStart: "2026-05-03T00:00:00.000Z",
        windowEnd: "2026-05-04T00:00:00.000Z",
        summary: input.summary,
        accountCount: 150,
        accounts: input.accounts.slice(0, PAYLOAD_ACCOUNTS),
        account: "my.handle",
        url: "https://followlens.example.com/dashboard/my.handle/alerts/42",
      },
    });
    expect(payload.anomaly.accounts).toHaveLength(100);
  });

  it("escapes the handle in the link", () => {
    expect(buildAnomalyPayload({ ...input, account: "a b" }, "http://localhost:3000").anomaly.url).toBe("http://localhost:3000/dashboard/a%20b/alerts/42");
  });
});

describe("buildTestPayload", () => {
  it("is a webhook.test event shaped like an anomaly", () => {
    const payload = buildTestPayload("my.handle", "http://localhost:3000", new Date(Date.UTC(2026, 4, 4)));
    expect(payload.type).toBe("webhook.test");
    expect(Object.keys(payload.anomaly).sort()).toEqual(Object.keys(buildAnomalyPayload(input, "x").anomaly).sort());
  });
});
