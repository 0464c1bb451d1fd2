// Next calls this once when the server starts: work interrupted by a stop resumes (or fails cleanly with a reason).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobRunner } = await import("./lib/server/jobs/start-job-runner");
  startJobRunner();
}
