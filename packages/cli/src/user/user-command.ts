import {
  changeUser,
  createUser,
  findUserByName,
  findUsers,
  type RegistryDatabase,
  ROLES,
  UserInputError,
} from "@cno-atlas/server";
import { type DatabaseOptions, openRegistry } from "../registry/open-registry.ts";
import { readPassword } from "./read-password.ts";

export interface UserAddOptions extends DatabaseOptions {
  role: string;
  site?: string[];
  patient?: string;
}

function fail(message: string, code = 1): number {
  process.stderr.write(`${message}\n`);
  return code;
}

/** Opens the registry (refused while a server holds an embedded folder), runs, closes. */
async function withRegistry(options: DatabaseOptions, action: (db: RegistryDatabase) => Promise<number>) {
  const opened = await openRegistry(options);
  if (!opened.ok) return fail(opened.message);
  try {
    return await action(opened.database);
  } catch (error) {
    if (error instanceof UserInputError) return fail(`${error.field}: ${error.message}`);
    throw error;
  } finally {
    await opened.database.close();
  }
}

/** `cno-atlas user add <username> --role R [--site ID|NAME]… [--patient ID]`; password from a prompt or stdin. */
export async function userAddCommand(username: string, options: UserAddOptions): Promise<number> {
  if (!(ROLES as readonly string[]).includes(options.role))
    return fail(`--role must be one of ${ROLES.join(", ")}, not ${options.role}`, 2);
  const password = await readPassword(`Password for ${username}`);
  return withRegistry(options, async ({ db }) => {
    const siteIds: string[] = [];
    for (const site of options.site ?? []) {
      const row = await db
        .selectFrom("sites")
        .select("id")
        .where((eb) => eb.or([eb("name", "=", site), eb(eb.cast("id", "text"), "=", site.toLowerCase())]))
        .executeTakeFirst();
      if (!row) return fail(`--site: no site with the id or name ${site}`);
      siteIds.push(row.id);
    }
    const user = await db.transaction().execute((trx) =>
      createUser(trx, {
        username,
        role: options.role as (typeof ROLES)[number],
        password,
        siteIds,
        patientId: options.patient ?? null,
      }),
    );
    process.stdout.write(
      `Created ${user.role} ${user.username}${siteIds.length ? ` for ${siteIds.length} site(s)` : ""}\n`,
    );
    return 0;
  });
}

/** `cno-atlas user list`: one line per account, never a hash. */
export async function userListCommand(options: DatabaseOptions): Promise<number> {
  return withRegistry(options, async ({ db }) => {
    const users = await findUsers(db);
    if (users.length === 0)
      process.stdout.write("No user accounts. Create one with: cno-atlas user add <name> --role admin\n");
    for (const u of users) {
      const sites = u.siteIds.length ? ` sites=${u.siteIds.join(",")}` : "";
      const patient = u.patientId ? ` patient=${u.patientId}` : "";
      process.stdout.write(
        `${u.username}\t${u.role}\t${u.disabled ? "disabled" : "active"}${sites}${patient}\n`,
      );
    }
    return 0;
  });
}

/** `cno-atlas user disable|enable <username>`: disabling ends the account's sessions at once. */
export async function userDisableCommand(username: string, disabled: boolean, options: DatabaseOptions) {
  return withRegistry(options, async ({ db }) => {
    const user = await findUserByName(db, username);
    if (!user) return fail(`no user ${username}`);
    await db.transaction().execute((trx) => changeUser(trx, user.id, null, { disabled }));
    process.stdout.write(`${disabled ? "Disabled" : "Enabled"} ${user.username}\n`);
    return 0;
  });
}

/** `cno-atlas user password <username>`: a new password (prompt or stdin); ends the account's sessions. */
export async function userPasswordCommand(username: string, options: DatabaseOptions): Promise<number> {
  const password = await readPassword(`New password for ${username}`);
  return withRegistry(options, async ({ db }) => {
    const user = await findUserByName(db, username);
    if (!user) return fail(`no user ${username}`);
    await db.transaction().execute((trx) => changeUser(trx, user.id, null, { password }));
    process.stdout.write(`Set a new password for ${user.username}\n`);
    return 0;
  });
}
