// `npm start`: migrate, seed the demo into an empty embedded database, build if needed, serve.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeDatabase } from "../lib/server/db/config";
import { openDatabase } from "../lib/server/db/open-database";
import { seedDemo } from "../lib/server/demo/seed-demo";

const port = process.env.PORT || "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const database = await openDatabase({ migrate: true });
console.log(`Database: ${describeDatabase(database.config)} (migrations applied)`);
if (database.config.kind === "pglite" && (await database.prisma.user.count()) === 0) {
  const t0 = Date.now();
  await seedDemo(database.prisma, new Date(), (line) => console.log(line));
  console.log(`Demo data ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
// PGlite is one process per data folder: the server opens it next.
await database.close();

env.NEXTAUTH_SECRET ||= readOrCreateSecret();
env.NEXTAUTH_URL ||= `http://localhost:${port}`;

if (!existsSync(".next/BUILD_ID") || process.env.FOLLOWLENS_REBUILD === "1") {
  console.log("Building the dashboard (first start only)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Followlens on http://localhost:${port}`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** A random secret kept beside the embedded data, so sessions survive restarts without any set-up. */
function readOrCreateSecret(): string {
  const file = path.join(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
