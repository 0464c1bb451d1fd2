// `npm run cli -- <command> [options]`: operator commands against DATABASE_URL (or the embedded PostgreSQL).
import { closeQueue } from "../lib/server/jobs/queue";
import { anomaliesCommand } from "./cli/anomalies";
import { createUserCommand } from "./cli/create-user";
import { importCommand } from "./cli/import";
import { relationshipsCommand } from "./cli/relationships";
import { scoreCommand } from "./cli/score";
import { describeFailure, openScriptDatabase } from "./run-script";

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
let code = 0;
let database: Awaited<ReturnType<typeof openScriptDatabase>> | null = null;
try {
  database = command.database === false ? null : await openScriptDatabase({ migrate: true });
  await command.run(rest);
} catch (error) {
  console.error(`error: ${describeFailure(error)}`);
  code = 1;
} finally {
  await closeQueue().catch(() => {});
  await database?.close().catch(() => {});
}
process.exit(code || (process.exitCode as number | undefined) || 0);
