export { type AppOptions, createApp, MAX_BODY_BYTES } from "./app.ts";
export { sealAll } from "./audit/sealer.ts";
export { type ChainBreak, type VerifyResult, verifyChain } from "./audit/verify.ts";
export { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./auth/password.ts";
export {
  changeUser,
  createUser,
  findUserByName,
  findUsers,
  type NewUser,
  ROLES,
  UserInputError,
  type UserSummary,
} from "./auth/users.ts";
export { DEMO_SITE_NAME, DEMO_USER, type DemoSite, ensureDemoSite } from "./context/demo.ts";
export {
  type ContextResolver,
  fixedContextResolver,
  memberContextResolver,
  type RequestContext,
  type Role,
} from "./context/request-context.ts";
export { type OpenOptions, openDatabase, type RegistryDatabase } from "./db/database.ts";
export { DataFolderLockedError } from "./db/lock-file.ts";
export { localDate } from "./http/run-operation.ts";
export * from "./registry/index.ts";
export { loadPseudonymKey, PSEUDONYM_KEY_ENV, PSEUDONYM_KEY_FILE } from "./research/pseudonym.ts";
export { ROUTES } from "./routes/route-table.ts";
export { type PatientCreate, patientCreateSchema } from "./schemas/patient.ts";
export { type RunningServer, type ServeOptions, startServer } from "./serve.ts";
