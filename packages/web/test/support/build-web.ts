import { fileURLToPath } from "node:url";
import { build } from "vite";

export const WEB_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * The production build the server serves (packages/web/dist), through vite's own API. Vitest sets
 * NODE_ENV=test, which Vite would honour (React's development build, ~30 % larger and slower):
 * the build runs with NODE_ENV=production, as `npm run build` does.
 */
export async function buildWebApp(): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: `${WEB_ROOT}vite.config.ts`, logLevel: "warn", mode: "production" });
  } finally {
    process.env.NODE_ENV = before;
  }
}
