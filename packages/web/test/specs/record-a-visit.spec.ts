import { describe, expect, it } from "vitest";
import { chartOf, imagingStudies, patientWithoutLesionAt, visitCount } from "../commands/patient-commands.ts";
import { openApp } from "../pages/app.page.ts";
import { ChartPage } from "../pages/chart.page.ts";
import { RecordVisitPage } from "../pages/record-visit.page.ts";
import { fixture } from "../support/chart-fixture.ts";

describe("record a visit with a new lesion", () => {
  it("adds a left clavicle lesion by clicking the skeleton; the map, the timeline and a reload show it", async () => {
    const { browser, url, credentials, api } = fixture();
    const patient = await patientWithoutLesionAt(api, "clavicle", "left");
    const before = await chartOf(api, patient.id);
    const visitsBefore = await visitCount(api, patient.id);
    const { page, problems, close } = await openApp(browser, url, credentials, `/patients/${patient.id}`);
    try {
      const chart = new ChartPage(page);
      await chart.ready();
      expect(await chart.boneStatus("clavicle", "left")).toBe("none");
      const markersBefore = await chart.visitMarkers().count();

      await chart.openRecordVisit();
      const form = new RecordVisitPage(page);
      await form.score("Pain (NRS 0–10)", "4");
      await form.score("Physician global (0–10)", "3");
      await form.score("Patient global (0–10)", "2");
      await form.addLab("CRP", "12");
      await form.chooseModality("MRI, fluid-sensitive (STIR / T2 fat-sat)");
      await form.clickBone("clavicle", "left");
      // The preview is the core's own derivation: a bone never seen before is a new lesion.
      expect(await form.previewStatus("clavicle", "left")).toBe("new");
      await page.getByLabel("Left clavicle part").selectOption("medial");
      await page.locator("summary", { hasText: "Findings at Left clavicle" }).click();
      await page.getByLabel("bone marrow edema").check();
      await form.save();

      await page.waitForURL(/\/patients\/[0-9a-f-]+\?on=\d{4}-\d{2}-\d{2}$/);
      await chart.ready();
      expect(await chart.boneStatus("clavicle", "left")).toBe("new");
      expect(await chart.bone("clavicle", "left").getAttribute("aria-label")).toBe(
        "Left clavicle, new lesion",
      );

      // On the timeline: one more visit marker, and the visit's row with the new lesion count.
      const after = await chartOf(api, patient.id);
      const today = after.timeline.visits.at(-1);
      expect(today?.lesionCount).toBe((before.timeline.visits.at(-1)?.lesionCount ?? 0) + 1);
      expect(await chart.visitMarkers().count()).toBe(markersBefore + 1);
      const row = chart.timelineRow(today?.date ?? "");
      expect(await row.locator('[data-field="lesion-count"]').textContent()).toBe(String(today?.lesionCount));

      // Persisted: a reload shows it, and the registry holds the visit and the study.
      await page.reload();
      await chart.ready();
      expect(await chart.boneStatus("clavicle", "left")).toBe("new");
      expect(await visitCount(api, patient.id)).toBe(visitsBefore + 1);
      const study = (await imagingStudies(api, patient.id)).at(-1);
      expect(study?.lesions).toEqual([
        { site: "clavicle", side: "left", part: "medial", findings: ["bone-marrow-edema"] },
      ]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);
});
