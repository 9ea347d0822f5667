import { describe, expect, it } from "vitest";
import { demoIdentifiers, identifiersIn } from "../commands/identifiers.ts";
import { demoPatients } from "../commands/patient-commands.ts";
import { RegistryClient } from "../commands/registry-client.ts";
import { navigationLinks, openApp, signedInRole } from "../pages/app.page.ts";
import { fixture } from "../support/chart-fixture.ts";

interface Summary {
  visits: unknown[];
  treatments: { drug: string }[];
}

describe("a patient's own account", () => {
  it("lands on its own summary and can open nothing else", async () => {
    const { browser, url, accounts, api } = fixture();
    const patientAccount = accounts.patient;
    if (!patientAccount) throw new Error("serve printed no demo accounts: sign-in is required for this test");
    const asPatient = new RegistryClient(url);
    await asPatient.signIn(patientAccount);
    const { patientId } = await asPatient.get<{ patientId: string }>("/api/session");
    const summary = await asPatient.get<Summary>(`/api/patients/${patientId}/summary`);
    // The other demo patients' names, MRNs and record ids (this patient's own are not shown either).
    const others = (await demoPatients(api)).filter((p) => p.id !== patientId);
    const otherIds = (await demoIdentifiers(api)).filter(
      (id) => !id.startsWith("Synthetic") && id !== "SYN-",
    );
    const { page, problems, close } = await openApp(browser, url, patientAccount);
    try {
      await page.getByRole("heading", { level: 1, name: "My summary" }).waitFor();
      await page.locator(".summary-visits").waitFor();
      expect(new URL(page.url()).pathname).toBe("/my-summary");
      expect(await signedInRole(page)).toBe("patient");
      expect(await navigationLinks(page)).toEqual(["My summary"]);
      expect(await page.locator(".summary-visits tbody tr").count()).toBe(summary.visits.length);
      for (const t of summary.treatments) await page.getByText(t.drug, { exact: true }).waitFor();
      await page.getByRole("heading", { name: "Reminders" }).waitFor();
      const text = await page.evaluate(() => document.body.textContent);
      expect(identifiersIn(text, others.map((p) => p.name ?? "").filter(Boolean))).toEqual([]);
      expect(
        identifiersIn(
          text,
          otherIds.filter((id) => id !== patientId),
        ),
      ).toEqual([]);

      // Another patient's chart, or the research view, typed by hand: not for this role.
      for (const path of [`/patients/${others[0]?.id}`, "/research", "/admin/audit"]) {
        await page.goto(`${url}${path}`);
        await page.getByRole("heading", { level: 1, name: "Not available to your role" }).waitFor();
      }
      await page.goto(`${url}/`);
      await page.getByRole("heading", { level: 1, name: "My summary" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/my-summary");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
