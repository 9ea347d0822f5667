import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { apiSuite } from "./api-suite.ts";

// One temporary root per file; the suite opens one data folder (a fresh PGlite) for its server.
const root = mkdtempSync(join(tmpdir(), "cno-atlas-api-embedded-"));
let made = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

apiSuite("embedded", async () => ({ dataDir: join(root, `data-${++made}`) }));
