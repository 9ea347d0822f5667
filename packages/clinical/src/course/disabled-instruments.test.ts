import { describe, expect, it } from "vitest";
import { type CourseInput, courseSchema } from "../schema/course.ts";
import { evaluateCnoCdas, evaluatePedCno, evaluateRaiCromris } from "./disabled-instruments.ts";
import { courseProjections } from "./presentation-as-of.ts";

const chaqAll = (item: 0 | 1 | 2 | 3) => ({
  domains: (
    ["dressing", "arising", "eating", "walking", "hygiene", "reach", "grip", "activities"] as const
  ).map((id) => ({
    id,
    items: [item],
    aidOrHelp: false,
  })),
});
const esr = (value: number, takenOn: string) => ({ test: "esr" as const, value, unit: "mm/h", takenOn });

const INPUT: CourseInput = {
  patient: { birthDate: "2012-01-01" },
  visits: [
    // Listed first on purpose: the `baseline` visit is chosen by kind, not by position.
    { date: "2023-12-01", kind: "unscheduled", physicianGlobal: 9 },
    {
      date: "2024-01-10",
      kind: "baseline",
      physicianGlobal: 6,
      patientGlobal: 7,
      chaq: chaqAll(1),
      labs: [esr(40, "2024-01-08")],
    },
    {
      date: "2024-06-01",
      kind: "scheduled",
      painNrs: 4,
      physicianGlobal: 2,
      patientGlobal: 3,
      chaq: chaqAll(0),
      labs: [esr(12, "2024-05-30")],
      tenderSites: [{ site: "tibia", side: "left" }, { site: "tibia", side: "left" }, { site: "T5" }],
    },
  ],
  imagingStudies: [
    {
      date: "2024-01-05",
      modality: "whole-body-mri",
      wholeBody: true,
      // Three lesions, one clinical only → 2 imaged bones at baseline (D4).
      lesions: [
        { site: "tibia", side: "left" },
        { site: "T5" },
        { site: "femur", side: "right", modality: "clinical" },
      ],
    },
    {
      date: "2024-05-20",
      modality: "whole-body-mri",
      wholeBody: true,
      lesions: [
        { site: "tibia", side: "left", findings: ["bone-marrow-edema", "periosteal-reaction"] },
        { site: "T5", part: "body", findings: ["vertebral-collapse"] },
        { site: "clavicle", side: "right", modality: "x-ray", findings: ["hyperostosis"] },
        { site: "sternum" },
      ],
    },
  ],
  treatments: [],
};
const COURSE = courseSchema.parse(INPUT);
const ON = "2024-06-15";
const evidence = (result: ReturnType<typeof evaluatePedCno>, id: string) =>
  result.items.find((i) => i.id === id)?.evidence;

describe("disabled course instruments (D5: rule-unverified, inputs shown)", () => {
  it.each([
    ["pedcno", evaluatePedCno],
    ["cno-cdas", evaluateCnoCdas],
    ["rai-cromris", evaluateRaiCromris],
  ] as const)("%s is disabled, U, with a NOT FOUND warning and nothing decided", (id, evaluate) => {
    const result = evaluate(courseProjections(COURSE), ON);
    expect(result).toMatchObject({ id, status: "disabled", outcome: "rule-unverified", evidenceLevel: "U" });
    expect(result.score).toBeUndefined();
    expect(result.warnings[0]).toMatch(/NOT FOUND/);
    expect(result.items.every((i) => i.met === null)).toBe(true);
  });

  it("PedCNO shows the five [B] core variables at baseline and now", () => {
    const result = evaluatePedCno(courseProjections(COURSE), ON);
    expect(result.items.map((i) => i.id)).toEqual([
      "esr-mm-h",
      "radiological-lesion-count",
      "physician-global-severity",
      "patient-global-severity",
      "chaq-di",
    ]);
    expect(evidence(result, "esr-mm-h")).toBe(
      "baseline (2024-01-10): ESR 40 mm/h taken 2024-01-08; now (2024-06-01): ESR 12 mm/h taken 2024-05-30",
    );
    // Baseline projection: WB 2024-01-05 → tibia L + T5 imaged (femur clinical) = 2. Now: WB 2024-05-20 →
    // tibia L, T5, clavicle R (x-ray is imaging), sternum (takes whole-body-mri) = 4.
    expect(evidence(result, "radiological-lesion-count")).toBe(
      "baseline (2024-01-10): 2 imaged bone(s); now (2024-06-01): 4 imaged bone(s)",
    );
    expect(evidence(result, "physician-global-severity")).toBe(
      "baseline (2024-01-10): 6; now (2024-06-01): 2",
    );
    expect(evidence(result, "chaq-di")).toBe("baseline (2024-01-10): 1; now (2024-06-01): 0");
  });

  it("CNO CDAS shows patient pain, patient global and the clinical lesion count (tender bones)", () => {
    const result = evaluateCnoCdas(courseProjections(COURSE), ON);
    expect(result.items.map((i) => [i.id, i.evidence])).toEqual([
      ["patient-pain", "4 at the latest visit (2024-06-01)"],
      ["patient-global", "3 at the latest visit (2024-06-01)"],
      // tibia L listed twice is one bone: tibia:left and T5 → 2.
      ["clinical-lesion-count", "2 tender bone(s) at the latest visit (2024-06-01): tibia:left, T5"],
    ]);
  });

  it("RAI-CROMRIS shows the parameter findings of each MRI lesion of the projection", () => {
    const result = evaluateRaiCromris(courseProjections(COURSE), ON);
    // The x-ray clavicle is not an MRI lesion; the sternum has no findings recorded.
    expect(result.items.map((i) => i.label)).toEqual(["tibia left", "T5 (body)", "sternum"]);
    expect(result.items[0]?.evidence).toBe(
      "bone marrow hyperintensity: present; signal extension: not captured (grades NOT FOUND); soft tissue/periosteal hyperintensity: present; bony expansion: absent; vertebral collapse: absent",
    );
    expect(result.items[1]?.evidence).toMatch(
      /bone marrow hyperintensity: absent.*vertebral collapse: present/,
    );
    expect(result.items[2]?.evidence).toBe("findings not recorded");
  });
});
