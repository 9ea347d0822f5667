import type { Browser } from "playwright-core";
import type { Credentials } from "../commands/registry-client.ts";
import { LAPTOP, newPage, type WatchedPage } from "../support/browser.ts";

/**
 * A fresh browser context on the app, signed in through the sign-in page when the server asks for
 * it (the cookie then stays with the context).
 */
export async function openApp(
  browser: Browser,
  url: string,
  credentials: Credentials | undefined,
  path = "/",
  viewport = LAPTOP,
  bypassCsp = false,
): Promise<WatchedPage> {
  const watched = await newPage(browser, viewport, bypassCsp);
  const { page } = watched;
  await page.goto(`${url}${path}`);
  if (credentials) {
    const signIn = page.getByRole("heading", { name: "Sign in to CNO Atlas" });
    await signIn.waitFor();
    await page.getByLabel("Username").fill(credentials.username);
    await page.getByLabel("Password").fill(credentials.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await signIn.waitFor({ state: "detached" });
  }
  await page.locator("main#main h1").first().waitFor();
  return watched;
}
