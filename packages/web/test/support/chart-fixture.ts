/**
 * One registry, one build and one browser for all chart specs (chart-in-the-browser.test.ts):
 * build the app, start `cno-atlas serve` on an empty data folder (it loads the demo patients and
 * prints the demo accounts), sign in when the server asks for it, launch Chromium. Torn down in reverse order.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import {
  type Credentials,
  type DemoRole,
  printedAccounts,
  printedCredentials,
  RegistryClient,
} from "../commands/registry-client.ts";
import { launchChromium } from "./browser.ts";
import { buildWebApp } from "./build-web.ts";
import { type RunningRegistry, serveRegistry } from "./serve-registry.ts";

export interface ChartFixture {
  url: string;
  api: RegistryClient;
  /** undefined: the server has no sign-in. */
  credentials: Credentials | undefined;
  /** Every demo account by role (empty without sign-in): the other roles' specs sign in with these. */
  accounts: Partial<Record<DemoRole, Credentials>>;
  browser: Browser;
}

let registry: RunningRegistry | undefined;
let browser: Browser | undefined;
let dataDir: string | undefined;
const state: Partial<ChartFixture> = {};

/** The fixture, once setUp has run (specs read it inside their tests). */
export function fixture(): ChartFixture {
  if (!state.url || !state.api || !state.browser) throw new Error("chart fixture used before setUp");
  return state as ChartFixture;
}

export async function setUp(): Promise<void> {
  const built = buildWebApp();
  dataDir = mkdtempSync(join(tmpdir(), "cno-chart-e2e-"));
  const data = join(dataDir, "data");
  const [running] = await Promise.all([serveRegistry(data), built]);
  registry = running;
  const { url } = registry;
  const api = new RegistryClient(url);
  // A registry without sign-in answers 404 here; with it, the demo clinician's printed account is used.
  let credentials: Credentials | undefined;
  if ((await fetch(`${url}/api/session`)).status !== 404) {
    credentials = printedCredentials(registry.output());
    if (!credentials)
      throw new Error(`serve asks for sign-in but printed no demo clinician:\n${registry.output()}`);
    await api.signIn(credentials);
  }
  browser = await launchChromium();
  const accounts = credentials ? printedAccounts(registry.output()) : {};
  Object.assign(state, { url, api, credentials, accounts, browser });
}

export async function tearDown(): Promise<void> {
  await browser?.close();
  await registry?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
