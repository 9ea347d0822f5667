export { createApp, MAX_BODY_BYTES } from "./app.ts";
export { startServer, type RunningServer, type ServeOptions } from "./serve.ts";
export { ROUTES } from "./routes/route-table.ts";
