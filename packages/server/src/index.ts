export { type AppOptions, createApp, MAX_BODY_BYTES } from "./app.ts";
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
export * from "./registry/index.ts";
export { ROUTES } from "./routes/route-table.ts";
export { type PatientCreate, patientCreateSchema } from "./schemas/patient.ts";
export { type RunningServer, type ServeOptions, startServer } from "./serve.ts";
