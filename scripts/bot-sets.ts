// The public labelled sets the bot score is fitted and checked on, read at run time from local snapshots of
// their GitHub repositories (nothing of them is committed here; see lib/domain/bots/eval/sources/*/SOURCE.md).
// FOLLOWLENS_MIRROR points at the snapshot folder (default /work/.mirror, one <owner>+<name> folder per repo).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { LabelledAccount } from "../lib/domain/bots/eval/labelled-row";
import { parseInstaFake } from "../lib/domain/bots/eval/sources/instafake";
import { parseKaggle } from "../lib/domain/bots/eval/sources/kaggle";
import { parseSrf } from "../lib/domain/bots/eval/sources/srf";
import { stratifiedSplit } from "../lib/domain/bots/eval/split";

type SetSpec = { name: string; repo: string; commit: string; read: (show: (file: string) => string) => LabelledAccount[] };

const MIRROR = process.env.FOLLOWLENS_MIRROR ?? "/work/.mirror";

export const KAGGLE: SetSpec = {
  name: "kaggle", repo: "DURGESH716/Fake-Instagram-Profile-Detection", commit: "72072138af81114bdcc723e476b4ebcde2332e40",
  read: (show) => [...parseKaggle(show("insta_train.csv"), "insta_train.csv"), ...parseKaggle(show("insta_test.csv"), "insta_test.csv")],
};
export const INSTAFAKE: SetSpec = {
  name: "instafake", repo: "fcakyon/instafake-dataset", commit: "cf669b27283aa3bc0fa6b8d185d4e611e9061ac1",
  read: (show) => [
    ...parseInstaFake(show("data/fake-v1.0/fakeAccountData.json"), "fakeAccountData.json"),
    ...parseInstaFake(show("data/fake-v1.0/realAccountData.json"), "realAccountData.json"),
  ],
};
export const SRF: SetSpec = {
  name: "srf", repo: "srfdata/2017-10-instagram-influencers", commit: "926886b4ede0f4c4a0e7eda96cffb94b2e461c03",
  read: (show) => parseSrf(show("analysis/input/labelled_1000_inclprivate.csv"), "labelled_1000_inclprivate.csv"),
};

/** The Kaggle table is split once, seeded and stratified: weights and thresholds come from `fit` only. */
export const FIT_SHARE = 0.7;
export const FIT_SEED = 11;

function gitDir(repo: string): string | null {
  const base = path.join(MIRROR, repo.replace("/", "+"), "repo");
  for (const dir of [path.join(base, ".git"), base]) if (existsSync(path.join(dir, "HEAD"))) return dir;
  return null;
}

/** The set's accounts, or null (with one line on stderr naming the fetch to run) when its snapshot is absent. */
export function loadSet(spec: SetSpec): LabelledAccount[] | null {
  const dir = gitDir(spec.repo);
  const show = (file: string) => execFileSync("git", ["--git-dir", dir ?? "", "show", `${spec.commit}:${file}`], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });
  try {
    if (!dir) throw new Error("no snapshot");
    return spec.read(show);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    console.error(`set "${spec.name}" missing (${why}): fetch github:${spec.repo} into ${MIRROR} (commit ${spec.commit})`);
    return null;
  }
}

export function kaggleSplit(): { fit: LabelledAccount[]; holdout: LabelledAccount[] } | null {
  const all = loadSet(KAGGLE);
  return all && stratifiedSplit(all, FIT_SHARE, FIT_SEED);
}
