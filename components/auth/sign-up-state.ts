// Shared by the sign-up form (client) and the server action that handles it.
export type SignUpState = {
  error?: string;
  fieldErrors?: Partial<Record<"email" | "password" | "name", string>>;
  values?: { email?: string; name?: string };
};
