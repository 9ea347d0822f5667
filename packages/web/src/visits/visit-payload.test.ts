import { describe, expect, it } from "vitest";
import { fieldLabel } from "./field-names.ts";
import { draftOfVisit, emptyDraft, newLab, newLesion, newTreatment, type VisitDraft } from "./visit-draft.ts";
import { checkDraft, keyed, visitPatch } from "./visit-payload.ts";

const draft = (change: Partial<VisitDraft> = {}): VisitDraft => ({ ...emptyDraft("2024-05-01"), ...change });

describe("a visit draft checked with the API's own schemas", () => {
  it("accepts a complete visit and builds the bodies the API takes", () => {
    const lesion = {
      ...newLesion("clavicle", "left"),
      part: "medial",
      findings: ["bone-marrow-edema" as const],
    };
    const checked = checkDraft(
      draft({
        painNrs: "4",
        labs: [{ ...newLab("crp"), value: "12,5" }],
        imaging: { modality: "mri-stir", wholeBody: false, date: "", lesions: [lesion] },
        treatments: [{ ...newTreatment("2024-05-01"), drug: "naproxen" }],
      }),
    );
    expect(checked.errors).toEqual({});
    expect(checked.visit).toEqual({
      date: "2024-05-01",
      kind: "scheduled",
      painNrs: 4,
      labs: [{ test: "crp", value: 12.5, unit: "mg/L" }],
    });
    expect(checked.imaging).toEqual({
      date: "2024-05-01",
      modality: "mri-stir",
      wholeBody: false,
      lesions: [{ site: "clavicle", side: "left", part: "medial", findings: ["bone-marrow-edema"] }],
    });
    expect(checked.treatments[0]?.body).toEqual({
      drugClass: "nsaid",
      drug: "naproxen",
      start: "2024-05-01",
    });
  });

  it("refuses a negative CRP, naming the field", () => {
    const d = draft({ labs: [{ ...newLab("crp"), value: "-5" }] });
    const { errors } = checkDraft(d);
    expect(errors).toEqual({ "visit.labs[0].value": "must be zero or more" });
    expect(fieldLabel("visit.labs[0].value", d)).toBe("CRP value");
  });

  it("refuses platelets in mg/L, text that is not a number, and a score above 10", () => {
    const d = draft({
      painNrs: "11",
      physicianGlobal: "high",
      labs: [{ ...newLab("platelets"), value: "250", unit: "mg/L" }],
    });
    const { errors } = checkDraft(d);
    expect(errors["visit.labs[0].unit"]).toMatch(/does not fit platelets/);
    expect(fieldLabel("visit.labs[0].unit", d)).toBe("Platelets unit");
    expect(errors["visit.painNrs"]).toBe("must be between 0 and 10");
    expect(errors["visit.physicianGlobal"]).toBe("must be a finite number");
  });

  it("asks for the modality of clicked lesions, and checks the anatomy by bone", () => {
    const d = draft({
      imaging: {
        modality: "",
        wholeBody: false,
        date: "",
        lesions: [{ ...newLesion("femur", "left"), part: "medial" }],
      },
      treatments: [
        { ...newTreatment("2024-05-01"), drug: "" },
        { ...newTreatment("2024-05-01"), drug: "naproxen", stop: "2024-04-01" },
      ],
    });
    expect(checkDraft(d).errors).toEqual({
      "imaging.modality": "choose how the lesions were seen",
      "treatments[0].drug": "required",
      "treatments[1].stop": "stop is before start",
    });
    const withModality = { ...d, imaging: { ...d.imaging, modality: "x-ray" as const } };
    const { errors } = checkDraft(withModality);
    expect(errors["imaging.lesions[0].part"]).toMatch(/part applies only to vertebrae and the clavicle/);
    expect(fieldLabel("imaging.lesions[0].part", withModality)).toBe("Left femur part");
    expect(fieldLabel("treatments[1].stop", withModality)).toBe("Treatment 2 stop date");
  });

  it("maps the API's named fields onto the same keys", () => {
    expect(
      keyed("visit", [
        { path: "labs[1].unit", message: "bad" },
        { path: "(document)", message: "x" },
      ]),
    ).toEqual({
      "visit.labs[1].unit": "bad",
      visit: "x",
    });
  });
});

describe("a correction", () => {
  const stored = {
    date: "2024-02-01",
    kind: "scheduled" as const,
    painNrs: 3,
    fever: { present: false },
    labs: [
      {
        test: "crp" as const,
        value: 8,
        unit: "mg/L",
        takenOn: "2024-01-31",
        canonical: { value: 8, unit: "mg/L" },
      },
    ],
  };

  it("starts from the stored visit, keeping lab fields the form does not show", () => {
    const d = draftOfVisit(stored);
    expect(d.painNrs).toBe("3");
    expect(d.labs[0]).toMatchObject({
      test: "crp",
      value: "8",
      unit: "mg/L",
      kept: { takenOn: "2024-01-31" },
    });
  });

  it("sends each field it shows, a cleared one as null, and leaves the rest untouched", () => {
    const d = { ...draftOfVisit(stored), painNrs: "", labs: [] };
    expect(visitPatch(d)).toEqual({
      date: "2024-02-01",
      kind: "scheduled",
      painNrs: null,
      physicianGlobal: null,
      patientGlobal: null,
      labs: null,
    });
    expect(visitPatch(draftOfVisit(stored)).labs).toEqual([
      { test: "crp", value: 8, unit: "mg/L", takenOn: "2024-01-31" },
    ]);
  });
});
