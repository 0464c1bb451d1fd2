// The hand-written evaluation set: 70+ labelled cases, each with a one-line note saying what it models.
import { botRows } from "./labelled-bots";
import { realRows } from "./labelled-real";
import { fromRow, type LabelledAccount } from "./labelled-row";

export { EVAL_NOW, type LabelledAccount } from "./labelled-row";

export const labelledAccounts: readonly LabelledAccount[] = [
  ...botRows.map((row) => fromRow(true, row)),
  ...realRows.map((row) => fromRow(false, row)),
];
