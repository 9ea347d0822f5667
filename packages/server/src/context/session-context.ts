import type { Kysely } from "kysely";
import { readSessionToken } from "../auth/cookies.ts";
import { resolveSession } from "../auth/sessions.ts";
import type { Database } from "../db/schema.ts";
import type { ContextResolver } from "./request-context.ts";

/** The server's resolver: the signed-in user of the request's session cookie, or null. */
export function sessionContextResolver(db: Kysely<Database>): ContextResolver {
  return (c) => resolveSession(db, readSessionToken(c));
}
