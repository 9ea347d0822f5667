import { describe, expect, it } from "vitest";
import { fetchInPage, navigationLinks, openApp, signedInRole } from "../pages/app.page.ts";
import { AuditLogPage } from "../pages/audit-log.page.ts";
import { fixture } from "../support/chart-fixture.ts";

const USER_COLUMN = 1;

describe("the administrator's audit log", () => {
  it("lands on administration, lists audit entries, filters them and links the CSV", async () => {
    const { browser, url, accounts, credentials } = fixture();
    const admin = accounts.admin;
    if (!admin || !credentials)
      throw new Error("serve printed no demo accounts: sign-in is required for this test");
    const { page, problems, close } = await openApp(browser, url, admin);
    try {
      await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/admin");
      expect(await signedInRole(page)).toBe("admin");
      expect(await navigationLinks(page)).toEqual(["Administration", "Research view", "Audit log"]);

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
      await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
      const log = new AuditLogPage(page);
      expect(await log.shown()).toBeGreaterThan(0);
      expect(await log.rows().count()).toBeGreaterThan(0);

      // The clinician signed in and read the list at set-up: their entries are there, and only theirs.
      await log.filter("User (username)", credentials.username);
      await page.waitForURL(/user=/);
      // The unfiltered rows stay on screen until the filtered answer arrives: wait for it, bounded.
      await expect
        .poll(async () => [...new Set(await log.column(USER_COLUMN))], { timeout: 10_000, interval: 100 })
        .toEqual([credentials.username]);
      expect(await log.shown()).toBeGreaterThan(0);

      const href = (await log.csvLink().getAttribute("href")) ?? "";
      expect(new URL(href, url).searchParams.get("user")).toBe(credentials.username);
      const csv = await fetchInPage(page, href);
      expect(csv.status).toBe(200);
      expect(csv.firstLine).toMatch(/^id,at,user,siteId,action,entity,entityId,patientId,outcome,/);

      // A malformed record id is refused by the API and named beside its box.
      await log.filter("Patient record id", "not-a-record-id");
      await page.locator("#audit-patientId-error").waitFor();
      expect(await page.getByLabel("Patient record id").getAttribute("aria-invalid")).toBe("true");
      // The refused request logs "Failed to load resource" only, which the watcher ignores.
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
