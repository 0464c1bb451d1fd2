import { parseArgs } from "node:util";
import { signUpSchema } from "../../lib/domain/sign-up-schema";
import { createUser } from "../../lib/server/users/create-user";

export async function createUserCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, admin: { type: "boolean", default: false } },
  });
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  const user = await createUser({ ...parsed.data, role: values.admin ? "ADMIN" : "CREATOR" });
  console.log(JSON.stringify(user));
}
