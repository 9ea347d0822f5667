import { sql } from "kysely";
import { expect, it } from "vitest";
import { openDatabase } from "../src/db/database.ts";
import { newId } from "../src/db/ids.ts";
import { LATEST_MIGRATION, MIGRATIONS } from "../src/db/migrations/index.ts";
import { loadCourse, saveCourse } from "../src/registry/course-repository.ts";
import { RecordNotFoundError, StaleVersionError } from "../src/registry/errors.ts";
import { bumpVersion } from "../src/registry/optimistic.ts";
import { updatePatient } from "../src/registry/patient-repository.ts";
import { minimalCourseInput, parseCourse, richCourseInput } from "./fixtures/courses.ts";
import { auditRows, countRows, type Harness, type NewLocation, timed } from "./registry-harness.ts";

/** Concurrency, the audit log's guard, restart durability and migrations; part of registrySuite. */
export function registryWriteSuite(harness: () => Harness, newLocation: NewLocation): void {
  it("bumps version on update; a stale update changes nothing and is audited as a conflict", async () => {
    const { reg, ctx } = harness();
    const { patientId } = await saveCourse(
      reg.db,
      ctx,
      { siteId: ctx.siteId, researchConsent: "yes" },
      parseCourse(minimalCourseInput),
    );
    expect(await updatePatient(reg.db, ctx, patientId, 1, { researchConsent: "withdrawn" })).toStrictEqual({
      version: 2,
    });
    const stale = updatePatient(reg.db, ctx, patientId, 1, { researchConsent: "yes", sex: "male" });
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const row = await reg.db
      .selectFrom("patients")
      .selectAll()
      .where("id", "=", patientId)
      .executeTakeFirstOrThrow();
    expect([row.research_consent, row.sex, row.version]).toStrictEqual(["withdrawn", null, 2]);
    const outcomes = (await auditRows(reg.db, patientId)).map((r) => [r.action, r.outcome]);
    expect(outcomes).toStrictEqual([
      ["create", "success"],
      ["update", "success"],
      ["update", "conflict"],
    ]);
  });

  it("lets exactly one of two racing writers with the same version win", async () => {
    const { reg, ctx } = harness();
    const { patientId } = await saveCourse(
      reg.db,
      ctx,
      { siteId: ctx.siteId, researchConsent: "yes" },
      parseCourse(minimalCourseInput),
    );
    const results = await Promise.allSettled([
      updatePatient(reg.db, ctx, patientId, 1, { sex: "female" }),
      updatePatient(reg.db, ctx, patientId, 1, { sex: "male" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.reason)).toStrictEqual([expect.any(StaleVersionError)]);
    const row = await reg.db
      .selectFrom("patients")
      .select(["version", "sex"])
      .where("id", "=", patientId)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
  });

  it("bumpVersion gates any versioned table, and names a missing row", async () => {
    const { reg, ctx } = harness();
    const { patientId } = await saveCourse(
      reg.db,
      ctx,
      { siteId: ctx.siteId, researchConsent: "yes" },
      parseCourse(richCourseInput),
    );
    const visit = await reg.db
      .selectFrom("encounters")
      .select("id")
      .where("patient_id", "=", patientId)
      .executeTakeFirstOrThrow();
    expect(await bumpVersion(reg.db, "encounters", visit.id, 1)).toBe(2);
    await expect(bumpVersion(reg.db, "encounters", visit.id, 1)).rejects.toBeInstanceOf(StaleVersionError);
    await expect(bumpVersion(reg.db, "treatments", newId(), 1)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("keeps the audit log append-only", async () => {
    const { reg } = harness();
    await expect(reg.db.updateTable("audit_log").set({ outcome: "success" }).execute()).rejects.toMatchObject(
      {
        code: "42501",
      },
    );
    await expect(reg.db.deleteFrom("audit_log").execute()).rejects.toMatchObject({ code: "42501" });
    await expect(sql`TRUNCATE audit_log`.execute(reg.db)).rejects.toMatchObject({ code: "42501" });
  });

  it("survives a restart: close, reopen the same database, read back identical", async () => {
    const h = harness();
    const course = parseCourse(richCourseInput);
    const { patientId } = await saveCourse(
      h.reg.db,
      h.ctx,
      { siteId: h.ctx.siteId, researchConsent: "yes" },
      course,
    );
    const auditBefore = await countRows(h.reg.db, "audit_log");
    await h.reg.close();
    h.reg = await timed(h.timings, "reopen (migrations already applied)", () => openDatabase(h.location));
    expect(
      await timed(h.timings, "load after reopen", () => loadCourse(h.reg.db, h.ctx, patientId)),
    ).toStrictEqual(course);
    expect(await countRows(h.reg.db, "audit_log")).toBe(auditBefore + 1);
  });

  it("upgrades a database made by migration 0001 alone to the latest, keeping its rows", async () => {
    const location = await newLocation();
    const old = await openDatabase({ ...location, migrateTo: "0001_initial" });
    const tables = async (db: typeof old.db) =>
      (
        await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' ORDER BY table_name`.execute(db)
      ).rows.map((r) => r.table_name);
    expect(await tables(old.db)).toContain("patients");
    expect(await tables(old.db)).not.toContain("encounters");
    const siteId = newId();
    const patientId = newId();
    await old.db.insertInto("sites").values({ id: siteId, name: "Site made at 0001" }).execute();
    await old.db
      .insertInto("patients")
      .values({
        id: patientId,
        site_id: siteId,
        research_consent: "yes",
        sex: "male",
        symptom_onset: "2019-02-03",
      })
      .execute();
    await old.close();

    const upgraded = await openDatabase(location);
    try {
      const applied = await upgraded.db
        .selectFrom("kysely_migration" as never)
        .select("name" as never)
        .execute();
      expect(applied.map((r) => (r as { name: string }).name)).toStrictEqual(Object.keys(MIGRATIONS));
      expect(await tables(upgraded.db)).toEqual(
        expect.arrayContaining(["encounters", "lesions", "treatments", "evaluations"]),
      );
      const ctx = { userId: "demo-clinician", siteId };
      expect(await loadCourse(upgraded.db, ctx, patientId)).toStrictEqual({
        patient: { sex: "male" },
        symptomOnset: "2019-02-03",
        visits: [],
        imagingStudies: [],
        treatments: [],
      });
      const course = parseCourse(richCourseInput);
      const { patientId: newPatient } = await saveCourse(
        upgraded.db,
        ctx,
        { siteId, researchConsent: "yes" },
        course,
      );
      expect(await loadCourse(upgraded.db, ctx, newPatient)).toStrictEqual(course);
    } finally {
      await upgraded.close();
    }
    await expect(openDatabase({ ...location, migrateTo: "0001_initial" })).rejects.toThrow(/never go down/);
    expect(LATEST_MIGRATION).toBe(Object.keys(MIGRATIONS).at(-1));
  }, 120_000);
}
