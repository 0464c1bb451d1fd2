// `npm run cli -- <command> [options]`: operator commands against DATABASE_URL (or the embedded PGlite folder).
import { openDatabase } from "../lib/server/db/open-database";
import { useDatabase } from "../lib/server/db";
import { anomaliesCommand } from "./cli/anomalies";
import { createUserCommand } from "./cli/create-user";
import { importCommand } from "./cli/import";
import { relationshipsCommand } from "./cli/relationships";
import { scoreCommand } from "./cli/score";

type Command = { usage: string; run: (args: string[]) => Promise<void>; database?: false };

const commands: Record<string, Command> = {
  "create-user": { usage: "create-user --email E --password P [--name N] [--admin]", run: createUserCommand },
  score: { usage: "score [--input FILE]   (JSON lines in, scored JSON lines out; stdin by default)", run: (args) => scoreCommand(args), database: false },
  import: { usage: "import --account HANDLE --file PATH [--owner EMAIL] [--taken-at ISO]   (prints one JSON object)", run: importCommand },
  anomalies: {
    usage: "anomalies --account HANDLE --format jsonl [--owner EMAIL] [--detect] [--withdrawn]   (one JSON line per anomaly)",
    run: anomaliesCommand,
  },
  relationships: {
    usage: "relationships --account HANDLE --kind mutuals|not-following-back|fans|followers|following|lost-followers|new-followers --format csv|jsonl [--owner EMAIL]",
    run: relationshipsCommand,
  },
};

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(`Usage: npm run cli -- <command>\n${Object.values(commands).map((c) => `  ${c.usage}`).join("\n")}`);
  process.exit(2);
}
const database = command.database === false ? null : await openDatabase({ migrate: true });
if (database) useDatabase(database.prisma);
let code = 0;
try {
  await command.run(rest);
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database?.close();
}
// PGlite keeps Node alive for a while after its work: exit explicitly.
process.exit(code || (process.exitCode as number | undefined) || 0);


