/** Shown on the sign-in page and in the README, and only ever created in the embedded demo database. */
export const DEMO_CREATOR = { email: "demo@followlens.local", password: "followlens-demo", name: "Demo Creator" };
export const DEMO_ADMIN = { email: "admin@followlens.local", password: "followlens-admin", name: "Demo Admin" };
