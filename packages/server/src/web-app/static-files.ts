import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";

/** Content types of what a Vite build emits; anything else is sent as opaque bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Vite names every file under assets/ by its content hash, so a changed file gets a new name: those
 * may be cached for a year. index.html names the current hashes, so it must be revalidated each time.
 */
export function cacheControlOf(urlPath: string): string {
  return urlPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

/**
 * The file under `root` that a URL path names, or undefined when it names none: percent-decoding
 * that fails, a NUL, a dot-file segment or a path that resolves outside `root` (`..`) all answer
 * undefined, so a request can never read beyond the build folder.
 */
export function fileInRoot(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.split(/[/\\]/).some((segment) => segment.startsWith("."))) {
    return undefined;
  }
  const base = resolve(root);
  const file = resolve(base, `.${decoded}`);
  return file.startsWith(base + sep) ? file : undefined;
}

/** The file's bytes when it exists and is a regular file; undefined otherwise. */
export async function readRegularFile(file: string): Promise<Uint8Array | undefined> {
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}
