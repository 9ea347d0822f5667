/**
 * Debian's Chromium driven by playwright-core (no browser download), with the flags that keep it
 * off the network (toolchain.md). Each page gets its own context (axe needs one), pinned to UTC
 * and a fixed locale so dates and screenshots do not move with the machine.
 */
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const LAPTOP = { width: 1280, height: 800 };
export const TABLET = { width: 820, height: 1180 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 30_000,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far: a clean chart has none. */
  problems: string[];
  close: () => Promise<void>;
}

export async function newPage(browser: Browser, viewport = LAPTOP, bypassCSP = false): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, timezoneId: "UTC", locale: "en-GB", bypassCSP });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  const problems: string[] = [];
  page.on("console", (msg) => {
    // A 401/409/400 the app handles still logs "Failed to load resource" in Chromium: not a fault.
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
      problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, problems, close: () => context.close() };
}
