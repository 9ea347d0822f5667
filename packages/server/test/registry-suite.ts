import { evaluatePresentation, presentationAsOf } from "@cno-atlas/clinical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUuidV7, newId } from "../src/db/ids.ts";
import { loadCourse, saveCourse } from "../src/registry/course-repository.ts";
import { SiteAccessError } from "../src/registry/errors.ts";
import { listEvaluations, saveEvaluation } from "../src/registry/evaluation-repository.ts";
import { loadIdentifiers } from "../src/registry/patient-repository.ts";
import { createSite } from "../src/registry/site-repository.ts";
import {
  everyVocabularyCourseInput,
  minimalCourseInput,
  parseCourse,
  richCourseInput,
} from "./fixtures/courses.ts";
import {
  auditRows,
  courseTableCounts,
  type Harness,
  type NewLocation,
  openHarness,
  timed,
} from "./registry-harness.ts";
import { registryWriteSuite } from "./registry-write-suite.ts";

/**
 * The registry's conformance suite: one function, run unchanged against every database we
 * deploy on (Kysely's dialect-matrix pattern, style.md). `newLocation` gives a fresh, empty
 * database each call; reopening a location must find what was written there.
 */
export function registrySuite(kind: "embedded" | "postgres", newLocation: NewLocation): void {
  describe(`registry on ${kind}`, () => {
    const timings: Record<string, number> = {};
    let h: Harness;
    beforeAll(async () => {
      h = await openHarness(newLocation, timings);
    }, 120_000);
    afterAll(async () => {
      await h?.reg.close();
      console.info(`[registry ${kind}] timings (ms): ${JSON.stringify(timings)}`);
    });

    it(`opens as ${kind}`, () => {
      expect(h.reg.kind).toBe(kind);
    });

    it("round-trips a rich course exactly (labs in mg/dL, a negative study, empty lists)", async () => {
      const course = parseCourse(richCourseInput);
      const patient = {
        siteId: h.ctx.siteId,
        researchConsent: "yes" as const,
        identifiers: [{ kind: "name" as const, value: "Astrid Example" }],
      };
      const { patientId } = await timed(timings, "save rich course", () =>
        saveCourse(h.reg.db, h.ctx, patient, course),
      );
      const loaded = await timed(timings, "load rich course", () => loadCourse(h.reg.db, h.ctx, patientId));
      expect(loaded).toStrictEqual(course);
      expect(loaded?.visits[0]?.labs?.[0]?.canonical).toStrictEqual({
        unit: "mg/L",
        value: 25,
        referenceHigh: 5,
      });
      expect(loaded?.imagingStudies[2]?.lesions).toStrictEqual([]);
    });

    it("round-trips a minimal course and one using every vocabulary value", async () => {
      for (const input of [minimalCourseInput, everyVocabularyCourseInput()]) {
        const course = parseCourse(input);
        const { patientId } = await saveCourse(
          h.reg.db,
          h.ctx,
          { siteId: h.ctx.siteId, researchConsent: "no" },
          course,
        );
        expect(await loadCourse(h.reg.db, h.ctx, patientId)).toStrictEqual(course);
      }
    });

    it("gives every row a time-ordered UUIDv7 id", async () => {
      const course = parseCourse(richCourseInput);
      const { patientId } = await saveCourse(
        h.reg.db,
        h.ctx,
        { siteId: h.ctx.siteId, researchConsent: "yes" },
        course,
      );
      expect(isUuidV7(patientId)).toBe(true);
      const lesionIds = await h.reg.db
        .selectFrom("lesions")
        .select("id")
        .where("patient_id", "=", patientId)
        .execute();
      expect(lesionIds).toHaveLength(5);
      expect(lesionIds.every((row) => isUuidV7(row.id))).toBe(true);
    });

    it("audits each write and read by who/what/outcome, never identifiers or clinical values", async () => {
      const course = parseCourse(richCourseInput);
      const identifiers = [
        { kind: "name" as const, value: "Zebulon Fictitious" },
        { kind: "mrn" as const, value: "MRN-0042-XYZ", issuer: "Fictitious Children's Hospital" },
      ];
      const patient = { siteId: h.ctx.siteId, researchConsent: "yes" as const, identifiers };
      const { patientId } = await saveCourse(h.reg.db, h.ctx, patient, course);
      await loadCourse(h.reg.db, h.ctx, patientId);
      expect(await loadIdentifiers(h.reg.db, h.ctx, patientId)).toStrictEqual(identifiers);
      const rows = await auditRows(h.reg.db, patientId);
      expect(rows.map((r) => [r.action, r.entity, r.outcome, r.user_id])).toStrictEqual([
        ["create", "course", "success", "demo-clinician"],
        ["create", "patient-identifiers", "success", "demo-clinician"],
        ["read", "course", "success", "demo-clinician"],
        ["read", "patient-identifiers", "success", "demo-clinician"],
      ]);
      expect(Object.keys(rows[0] ?? {}).sort()).toStrictEqual(
        [
          "action",
          "at",
          "entity",
          "entity_id",
          "error_code",
          // The hash chain (migration 0006): hashes over the columns above, never a value.
          "hash",
          "id",
          "outcome",
          "patient_id",
          "prev_hash",
          "remote_address",
          "seq",
          "site_id",
          "user_id",
        ].sort(),
      );
      const logged = JSON.stringify(rows);
      for (const secret of ["Zebulon", "MRN-0042", "2012-03-14", "crp", "naproxen", "femur"]) {
        expect(logged).not.toContain(secret);
      }
    });

    it("rejects a foreign-key violation (unknown site) and writes nothing but an error audit row", async () => {
      const before = await courseTableCounts(h.reg.db);
      const ghostSite = newId();
      const ctx = { userId: "demo-clinician", siteId: ghostSite };
      const saving = saveCourse(
        h.reg.db,
        ctx,
        { siteId: ghostSite, researchConsent: "yes" },
        parseCourse(richCourseInput),
      );
      await expect(saving).rejects.toMatchObject({ code: "23503" });
      expect(await courseTableCounts(h.reg.db)).toStrictEqual(before);
      const audit = await h.reg.db
        .selectFrom("audit_log")
        .selectAll()
        .where("site_id", "=", ghostSite)
        .execute();
      expect(audit.map((r) => [r.action, r.outcome, r.error_code])).toStrictEqual([
        ["create", "error", "23503"],
      ]);
    });

    it("rejects pain 11 with a CHECK constraint, and the whole course with it", async () => {
      const before = await courseTableCounts(h.reg.db);
      const course = structuredClone(parseCourse(richCourseInput));
      const visit = course.visits[3];
      if (!visit) throw new Error("fixture has four visits");
      visit.painNrs = 11; // past the schema, as a buggy caller could
      const saving = saveCourse(h.reg.db, h.ctx, { siteId: h.ctx.siteId, researchConsent: "yes" }, course);
      await expect(saving).rejects.toMatchObject({ code: "23514" });
      expect(await courseTableCounts(h.reg.db)).toStrictEqual(before);
    });

    it("scopes records to the caller's site", async () => {
      const { siteId: otherSite } = await createSite(h.reg.db, { name: `Other fictitious site ${newId()}` });
      const other = { userId: "other-clinician", siteId: otherSite };
      const { patientId } = await saveCourse(
        h.reg.db,
        h.ctx,
        { siteId: h.ctx.siteId, researchConsent: "yes", identifiers: [{ kind: "mrn", value: "123" }] },
        parseCourse(minimalCourseInput),
      );
      expect(await loadCourse(h.reg.db, other, patientId)).toBeNull();
      expect(await loadIdentifiers(h.reg.db, other, patientId)).toBeNull();
      const saving = saveCourse(
        h.reg.db,
        h.ctx,
        { siteId: otherSite, researchConsent: "yes" },
        parseCourse(minimalCourseInput),
      );
      await expect(saving).rejects.toBeInstanceOf(SiteAccessError);
      const outcomes = (await auditRows(h.reg.db, patientId)).map((r) => [r.action, r.entity, r.outcome]);
      expect(outcomes).toContainEqual(["read", "course", "denied"]);
      expect(outcomes).toContainEqual(["read", "patient-identifiers", "denied"]);
    });

    it("answers null for an unknown or malformed patient id", async () => {
      expect(await loadCourse(h.reg.db, h.ctx, newId())).toBeNull();
      expect(await loadCourse(h.reg.db, h.ctx, "not-a-uuid")).toBeNull();
    });

    it("stores an evaluation snapshot and lists it back", async () => {
      const course = parseCourse(richCourseInput);
      const { patientId } = await saveCourse(
        h.reg.db,
        h.ctx,
        { siteId: h.ctx.siteId, researchConsent: "yes" },
        course,
      );
      const evaluation = evaluatePresentation(presentationAsOf(course, "2022-05-10").presentation);
      await saveEvaluation(h.reg.db, h.ctx, patientId, evaluation);
      const stored = await listEvaluations(h.reg.db, h.ctx, patientId);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.assessedOn).toBe("2022-05-10");
      expect(stored[0]?.evaluation).toStrictEqual(JSON.parse(JSON.stringify(evaluation)));
    });

    registryWriteSuite(() => h, newLocation);
  });
}
