export { createApp, MAX_BODY_BYTES } from "./app.ts";
export { ROUTES } from "./routes/route-table.ts";
export { type RunningServer, type ServeOptions, startServer } from "./serve.ts";
