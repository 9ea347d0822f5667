import { describe, expect, it } from "vitest";
import { openApp } from "../pages/app.page.ts";
import { ResearchPage } from "../pages/research.page.ts";
import { axe, serious } from "../support/axe.ts";
import { fixture } from "../support/chart-fixture.ts";

describe("accessibility of the other roles' screens (axe-core)", () => {
  it("finds no serious or critical violation on the research view, a pseudonym, the summary and the audit log", async () => {
    const { browser, url, accounts } = fixture();
    const { researcher, patient, admin } = accounts;
    if (!researcher || !patient || !admin)
      throw new Error("serve printed no demo accounts: sign-in is required for this test");
    const found: Record<string, string[]> = {};

    const asResearcher = await openApp(browser, url, researcher, "/research", undefined, true);
    try {
      const research = new ResearchPage(asResearcher.page);
      await research.ready();
      found.research = serious(await axe(asResearcher.page));
      const [first] = await research.pseudonyms();
      await research.open(first ?? "missing");
      found.pseudonym = serious(await axe(asResearcher.page));
    } finally {
      await asResearcher.close();
    }

    const asPatient = await openApp(browser, url, patient, "/", undefined, true);
    try {
      await asPatient.page.locator(".summary-visits").waitFor();
      found.summary = serious(await axe(asPatient.page));
    } finally {
      await asPatient.close();
    }

    const asAdmin = await openApp(browser, url, admin, "/admin/audit", undefined, true);
    try {
      await asAdmin.page.locator(".audit-table").waitFor();
      found.audit = serious(await axe(asAdmin.page));
    } finally {
      await asAdmin.close();
    }
    expect(found).toEqual({ research: [], pseudonym: [], summary: [], audit: [] });
  }, 120_000);
});
