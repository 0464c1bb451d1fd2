// For the scale-out spec: migrates a fresh database, makes a creator with a tracked handle and an API token, and
// writes a generated TikTok export zip. Prints one JSON line: {"token": …}.
//   tsx --conditions=react-server e2e/scale/prepare-cluster.ts DATABASE_URL ZIP FOLLOWERS
import { createApiToken } from "../../lib/server/api-tokens/create-api-token";
import { useDatabase } from "../../lib/server/db";
import { openDatabase } from "../../lib/server/db/open-database";
import { writeTikTokExportZip } from "../../scripts/bench/tiktok-export";

const [url, zip, followers] = process.argv.slice(2) as [string, string, string];
const database = await openDatabase({ config: { url, embedded: false }, migrate: true });
useDatabase(database.prisma, url);
const user = await database.prisma.user.create({ data: { email: "scale@e2e.local", passwordHash: "x" } });
await database.prisma.trackedAccount.create({ data: { ownerId: user.id, handle: "scale.out", handleKey: "scale.out" } });
const { token } = await createApiToken({ userId: user.id, email: user.email, role: "CREATOR" }, "scale");
for (const [i, file] of [zip, zip.replace(/\.zip$/, "-2.zip")].entries()) {
  await writeTikTokExportZip(file, { followers: Number(followers) - i * 1000, following: 1000, seed: 7 + i, handle: "scale.out", mtime: new Date(Date.UTC(2026, 10, 1 + i)) });
}
await database.close();
console.log(JSON.stringify({ token }));
process.exit(0);
