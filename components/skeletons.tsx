import type { ReactNode } from "react";

function Busy({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div aria-busy="true" aria-live="polite" className={className}>
      <span className="sr-only">Loading {label}…</span>
      <div aria-hidden="true" className="animate-pulse">
        {children}
      </div>
    </div>
  );
}

const block = "skeleton-bar";
const card = "card";

export function CardsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <Busy label="statistics">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className={card}>
            <div className={`${block} h-4 w-24`} />
            <div className={`${block} mt-3 h-8 w-32`} />
            <div className={`${block} mt-3 h-3 w-20`} />
          </div>
        ))}
      </div>
    </Busy>
  );
}

export function ChartSkeleton() {
  return (
    <Busy label="chart">
      <div className={card}>
        <div className={`${block} h-4 w-40`} />
        <div className={`${block} mt-4 h-64 w-full sm:h-72`} />
      </div>
    </Busy>
  );
}

export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Busy label="table">
      <div className="flex flex-wrap gap-3">
        <div className={`${block} h-9 w-full max-w-sm`} />
        <div className={`${block} h-9 w-32`} />
      </div>
      <div className={`${card} mt-4 space-y-3 p-4`}>
        <div className={`${block} h-4 w-1/3`} />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex gap-4">
            <div className={`${block} h-4 flex-1`} />
            <div className={`${block} h-4 w-24`} />
          </div>
        ))}
      </div>
    </Busy>
  );
}

export function ListSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Busy label="list">
      <div className={`${card} space-y-3`}>
        <div className={`${block} h-4 w-32`} />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex justify-between gap-4">
            <div className={`${block} h-4 w-36`} />
            <div className={`${block} h-4 w-16`} />
          </div>
        ))}
      </div>
    </Busy>
  );
}
