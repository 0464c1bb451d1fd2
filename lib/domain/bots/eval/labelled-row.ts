// One labelled account of an evaluation set, and the instant every set is scored at.
import type { BotSignalInput } from "../types";

/** Every case is scored at this instant, so ages and inactivity never drift as the calendar moves on. */
export const EVAL_NOW = new Date("2025-06-01T00:00:00Z");

/** note: where the case comes from (file and row), for reading a miss back to its source. */
export type LabelledAccount = { input: BotSignalInput; bot: boolean; note: string };
