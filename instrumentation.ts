// Runs once when a web server starts: a deployment that runs `next start` without a session secret stops with one
// line saying so, instead of failing every sign-in later. (`npm start` always passes one.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { authSecretProblem } = await import("./lib/server/startup/check-environment");
  const problem = authSecretProblem(process.env);
  if (problem) {
    console.error(`error: ${problem}`);
    process.exit(1);
  }
}
