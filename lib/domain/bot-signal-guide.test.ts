import { describe, expect, it } from "vitest";
import { signalGuide } from "./bot-signal-guide";

describe("signalGuide", () => {
  it.each([
    ["coordinated-batch", "Arrived in a batch of look-alikes"],
    ["default-handle", "Default user+digits name"],
    ["empty-bio", "Empty bio"],
  ])("%s is named in plain words, with a reason", (signal, name) => {
    const guide = signalGuide(signal, "whatever was seen");
    expect(guide.name).toBe(name);
    expect(guide.why).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    ["few-videos", "only 2 videos", { name: "Few videos", why: "For example: only 2 videos." }],
    ["digit_ratio", "", { name: "Digit ratio", why: "A signal of the scorer." }],
  ])("a signal it does not know (%s) is named from its id and explained by its example", (signal, example, expected) => {
    expect(signalGuide(signal, example)).toEqual(expected);
  });
});
