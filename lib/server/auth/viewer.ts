/** Who is asking. Every data-layer read or write takes one and scopes its queries by it. */
export type Viewer = { userId: number; email: string; role: "CREATOR" | "ADMIN" };

export class NotFoundError extends Error {
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}
