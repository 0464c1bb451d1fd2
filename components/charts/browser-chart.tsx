"use client";
import { useSyncExternalStore, type ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

const never = () => () => {};

/**
 * A chart drawn in the browser only. On the server (and in the first render of hydration) it renders nothing, so
 * the page's HTML carries the chart's frame and its text summary (the caller's `role="img"` label) but not
 * Recharts' SVG: server-rendering a chart cost about a third of the overview's CPU time (measured at 12 of 40 ms
 * per page), for a picture the browser redraws at its own width anyway.
 */
export function BrowserChart({ initialDimension, children }: { initialDimension: { width: number; height: number }; children: ReactElement }) {
  const inBrowser = useSyncExternalStore(never, () => true, () => false);
  if (!inBrowser) return null;
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={initialDimension}>
      {children}
    </ResponsiveContainer>
  );
}
