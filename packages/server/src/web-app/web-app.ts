import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MiddlewareHandler } from "hono";
import { EVALUATOR_PAGE } from "../web/evaluator-page.ts";
import { cacheControlOf, contentTypeOf, fileInRoot, readRegularFile } from "./static-files.ts";

/** packages/web/dist, found from this file so the server serves it whatever the working directory. */
export const WEB_DIST = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

export const BUILD_HINT = "npm run build -w @cno-atlas/web";

/** The evaluator page, saying why the chart is not there: a newcomer sees the one command to run. */
export const EVALUATOR_WITHOUT_CHART = EVALUATOR_PAGE.replace(
  "<h1>",
  `<p role="status"><strong>The clinician's chart is not built yet.</strong> Run <code>${BUILD_HINT}</code> ` +
    "(or <code>npm start</code>, which builds it), then reload this page.</p>\n<h1>",
);

/** Paths the web app never answers: the API keeps its own 404/405 Problems. */
const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/");

/** A path that looks like a file (has an extension) is not a page of the app: no SPA fallback. */
const looksLikeFile = (path: string) => /\.[A-Za-z0-9]+$/.test(path);

function fileResponse(body: Uint8Array | undefined, path: string, head: boolean): Response {
  return new Response(head ? null : (body as BodyInit | undefined), {
    status: 200,
    headers: { "content-type": contentTypeOf(path), "cache-control": cacheControlOf(path) },
  });
}

/**
 * Serves the built chart (packages/web/dist) from the API process: files as they are, any other
 * GET that is not an /api path gets index.html so the app's router can show it (reload on
 * /patients/… works). The one-page evaluator stays reachable at /evaluator. Without a build, "/"
 * keeps the evaluator and names the build command. The CSP set by the app applies to all of it.
 */
export function webApp(distDir: string = WEB_DIST): MiddlewareHandler {
  const indexFile = join(distDir, "index.html");
  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== "GET" && method !== "HEAD") || isApiPath(path)) return next();
    if (path === "/evaluator") return c.html(EVALUATOR_PAGE);
    // Checked per request: a build made while the server runs is picked up without a restart.
    if (!existsSync(indexFile)) return path === "/" ? c.html(EVALUATOR_WITHOUT_CHART) : next();
    const head = method === "HEAD";
    if (path !== "/" && path !== "/index.html") {
      const file = fileInRoot(distDir, path);
      const body = file === undefined ? undefined : await readRegularFile(file);
      if (body) return fileResponse(body, path, head);
      if (looksLikeFile(path)) return next();
    }
    const index = await readRegularFile(indexFile);
    return index ? fileResponse(index, "/index.html", head) : next();
  };
}
