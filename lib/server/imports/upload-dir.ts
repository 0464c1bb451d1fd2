import path from "node:path";

/** Where uploaded files wait between upload and apply: FOLLOWLENS_UPLOAD_DIR, else .data/uploads. */
export function uploadDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.FOLLOWLENS_UPLOAD_DIR?.trim() || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "uploads");
  return path.resolve(/*turbopackIgnore: true*/ dir);
}
