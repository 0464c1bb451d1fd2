import { z } from "zod";
import { apiTimeSchema } from "./api-fields";

/** The optional `takenAt` query of a snapshot push: the time the lists were read, overriding the body's own. */
export function takenAtQuerySchema(now: () => Date = () => new Date()) {
  return apiTimeSchema(now, "When the lists were read; overrides the body's takenAt.").optional();
}
