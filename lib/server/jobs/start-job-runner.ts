import { db } from "../db";
import { resumeJobs } from "./run-jobs";

export function startJobRunner() {
  resumeJobs(db()).catch((error) => console.error("job runner:", error));
}
