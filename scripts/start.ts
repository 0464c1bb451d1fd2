// `npm start`: migrate, seed the demo into an empty embedded database, build if needed, serve.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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

const stampFile = path.join(".next", "followlens-source-stamp");
const stamp = sourceStamp();
if (!existsSync(".next/BUILD_ID") || !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
  console.log("Building the dashboard (the sources changed since the last build, or there is none)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampFile, stamp);
}

console.log(`Followlens on http://localhost:${port}`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** Names, sizes and modification times of everything the build reads: a rebuild happens only when one changed. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const name of readdirSync(entry).sort()) visit(path.join(entry, name));
    else hash.update(`${entry}\t${stat.size}\t${stat.mtimeMs}\n`);
  };
  for (const entry of ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"]) visit(entry);
  return hash.digest("hex");
}

/** A random secret kept beside the embedded data, so sessions survive restarts without any set-up. */
function readOrCreateSecret(): string {
  const file = path.join(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
