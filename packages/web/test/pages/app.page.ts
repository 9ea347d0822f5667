import type { Browser, Page } from "playwright-core";
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

/** The header's screens for the signed-in role, in order (roles/roles.ts decides them). */
export async function navigationLinks(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
}

/** The role the header says is signed in (its data-role). */
export async function signedInRole(page: Page): Promise<string | null> {
  return page.locator(".who [data-role]").getAttribute("data-role");
}

/**
 * A same-origin GET from inside the page, with the page's session cookie, as a download link
 * sends it: status, content type and the first line of the body.
 */
export async function fetchInPage(page: Page, path: string) {
  return page.evaluate(async (href) => {
    const res = await fetch(href);
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get("content-type") ?? "",
      firstLine: text.split(/\r?\n/)[0] ?? "",
    };
  }, path);
}
