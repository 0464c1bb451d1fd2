import { describe, expect, it } from "vitest";
import { isCurrentSection } from "./is-current-section";
import { landingPath } from "./landing-path";
import { accountSections, pageSections } from "./nav-sections";

const sections = accountSections("Demo.Creator", 3);
const currentOf = (pathname: string, list = sections) => list.filter((s) => isCurrentSection(pathname, s)).map((s) => s.label);

describe("isCurrentSection", () => {
  it.each([
    { path: "/dashboard/demo.creator", out: ["Overview"] },
    { path: "/dashboard/Demo.Creator/", out: ["Overview"] },
    { path: "/dashboard/demo.creator/relationships", out: ["Relationships"] },
    { path: "/dashboard/demo.creator/bots/export", out: ["Bots"] },
    { path: "/dashboard/demo.creator/manager", out: ["Following"] },
    { path: "/dashboard/demo.creator/alerts/12", out: ["Alerts"] },
    { path: "/dashboard/demo.creator/imports", out: ["Imports"] },
    { path: "/settings/account", out: ["Settings"] },
    { path: "/dashboard/demo.creator/accounts/someone", out: [] },
    { path: "/dashboard/demo.creatorx/bots", out: [] },
    { path: "/dashboard/demo.creator/botsx", out: [] },
    { path: "/dashboard/demo%2Ecreator/lists", out: ["Lists"] },
    { path: "/dashboard/%E0%A4%A/lists", out: [] },
  ])("$path → $out", ({ path, out }) => {
    expect(currentOf(path)).toEqual(out);
  });

  it("marks the admin queue on an anomaly's page, and Platform only on its own", () => {
    const admin = pageSections("ADMIN");
    expect(currentOf("/admin", admin)).toEqual(["Queue"]);
    expect(currentOf("/admin/anomalies/7", admin)).toEqual(["Queue"]);
    expect(currentOf("/admin/platform", admin)).toEqual(["Platform"]);
    expect(currentOf("/settings/tokens", admin)).toEqual(["Settings"]);
  });
});

describe("sections", () => {
  it("an account has every section, Imports and Settings included, with the alerts badge", () => {
    expect(sections.map((s) => s.label)).toEqual(["Overview", "Relationships", "Bots", "Following", "Lists", "Alerts", "Imports", "Settings"]);
    expect(sections.find((s) => s.label === "Alerts")?.badge).toBe(3);
    expect(sections[0]?.href).toBe("/dashboard/Demo.Creator");
  });

  it("a creator outside an account gets Settings; an admin also the queue and the platform view", () => {
    expect(pageSections("CREATOR").map((s) => s.href)).toEqual(["/settings"]);
    expect(pageSections("ADMIN").map((s) => s.href)).toEqual(["/admin", "/admin/platform", "/settings"]);
  });
});

describe("landingPath", () => {
  it.each([
    { role: "ADMIN" as const, out: "/admin" },
    { role: "CREATOR" as const, out: "/dashboard" },
  ])("$role → $out", ({ role, out }) => {
    expect(landingPath(role)).toBe(out);
  });
});
