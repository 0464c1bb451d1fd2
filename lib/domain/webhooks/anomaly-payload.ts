/** Handles listed in a delivery; the whole list is one click away on the alert's page (and its CSV). */
export const PAYLOAD_ACCOUNTS = 100;

export type AnomalyPayloadInput = {
  id: number;
  kind: string;
  severity: string;
  status: string;
  windowStart: Date;
  windowEnd: Date;
  summary: string;
  accountCount: number;
  /** handles involved, in the order stored */
  accounts: string[];
  /** the tracked handle the anomaly is about */
  account: string;
};

export type AnomalyPayload = {
  type: "anomaly.detected";
  anomaly: Omit<AnomalyPayloadInput, "windowStart" | "windowEnd"> & { windowStart: string; windowEnd: string; url: string };
};

/** The JSON a creator's endpoint receives for a new anomaly; `baseUrl` is where this Followlens answers. */
export function buildAnomalyPayload(input: AnomalyPayloadInput, baseUrl: string): AnomalyPayload {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    type: "anomaly.detected",
    anomaly: {
      id: input.id,
      kind: input.kind,
      severity: input.severity,
      status: input.status,
      windowStart: input.windowStart.toISOString(),
      windowEnd: input.windowEnd.toISOString(),
      summary: input.summary,
      accountCount: input.accountCount,
      accounts: input.accounts.slice(0, PAYLOAD_ACCOUNTS),
      account: input.account,
      url: `${base}/dashboard/${encodeURIComponent(input.account)}/alerts/${input.id}`,
    },
  };
}

/** The body of "send a test event": shaped like a real one so a receiver can be built against it. */
export function buildTestPayload(account: string, baseUrl: string, at: Date) {
  const { anomaly } = buildAnomalyPayload(
    {
      id: 0,
      kind: "mass-unfollow-spike",
      severity: "low",
      status: "open",
      windowStart: new Date(at.getTime() - 86_400_000),
      windowEnd: at,
      summary: "This is a test event from Followlens: your webhook is reachable and its signature can be checked.",
      accountCount: 1,
      accounts: ["example.account"],
      account,
    },
    baseUrl,
  );
  return { type: "webhook.test" as const, anomaly };
}
