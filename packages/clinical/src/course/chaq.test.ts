import { describe, expect, it } from "vitest";
import { type ChaqAnswers, type CourseInput, courseSchema } from "../schema/course.ts";
import { evaluateChaq, readChaqDomain } from "./chaq.ts";
import { projectCourse } from "./presentation-as-of.ts";

type Domain = ChaqAnswers["domains"][number];
const d = (id: Domain["id"], items: Domain["items"], aidOrHelp = false): Domain => ({ id, items, aidOrHelp });

/** Hand-worked: 2 + 0 + 3 + 1 + 2 + 0 + 1 + 0 = 9 over 8 domains = 1.125. */
const FULL: Domain[] = [
  d("dressing", [1, 0], true), // highest 1, aid → raised to 2
  d("arising", [0, 0]), // 0
  d("eating", [3, 1], true), // 3, already ≥ 2
  d("walking", [1, null]), // 1: an unanswered item beside an answered one does not block the domain
  d("hygiene", [0, 2]), // 2
  d("reach", [0]), // 0
  d("grip", [1, 1]), // 1
  d("activities", [0]), // 0
];

const withDomains = (domains: Domain[], date = "2024-03-01"): CourseInput => ({
  patient: {},
  visits: [{ date, kind: "scheduled", chaq: { domains } }],
  imagingStudies: [],
  treatments: [],
});
const chaq = (input: CourseInput, on = "2024-06-01") =>
  evaluateChaq(projectCourse(courseSchema.parse(input), on));
const replace = (id: Domain["id"], domain: Domain | null) =>
  FULL.flatMap((x) => (x.id !== id ? [x] : domain ? [domain] : []));

describe("chaq (Singh 1994 [V]; 6-of-8 rule D11 [CONV])", () => {
  it("scores the highest item per domain, raises aid/help to 2, averages over 8", () => {
    const result = chaq(withDomains(FULL));
    expect(result).toMatchObject({
      status: "computed",
      outcome: "disability-index",
      score: 1.125,
      evidenceLevel: "V",
    });
    expect(result.items.map((i) => i.points)).toEqual([2, 0, 3, 1, 2, 0, 1, 0]);
    expect(result.items[0]?.evidence).toMatch(/highest item 1, raised to 2/);
    expect(result.scoreRange).toBeUndefined();
    expect(result.missingToDecide).toBeUndefined();
  });

  it("a domain of only `na` is left out; 7 of 8 scored is still an index (the mean over 7) [CONV]", () => {
    // reach (0) becomes not applicable: 9 / 7 = 1.2857 → 1.286.
    const result = chaq(withDomains(replace("reach", d("reach", ["na", "na"]))));
    expect(result).toMatchObject({
      status: "computed",
      outcome: "disability-index",
      score: 1.286,
      evidenceLevel: "CONV",
    });
    expect(result.scoreRange).toBeUndefined();
    expect(result.items.find((i) => i.id === "reach")?.met).toBeNull();
    expect(result.warnings.join(" ")).toMatch(/7 of 8 domains scored/);
  });

  it("6 of 8 domains scored gives the mean over 6; 5 of 8 is incomplete", () => {
    // grip missing, activities unanswered: 2 + 0 + 3 + 1 + 2 + 0 = 8 over 6 = 1.333.
    const six = replace("grip", null).map((x) => (x.id === "activities" ? d("activities", [null, null]) : x));
    expect(chaq(withDomains(six))).toMatchObject({
      outcome: "disability-index",
      score: 1.333,
      evidenceLevel: "CONV",
    });
    // …and reach left out too: 5 scored < 6 → incomplete, no score and no range.
    const five = six.filter((x) => x.id !== "reach");
    const result = chaq(withDomains(five));
    expect(result).toMatchObject({ status: "insufficient-data", outcome: "incomplete" });
    expect(result.score).toBeUndefined();
    expect(result.scoreRange).toBeUndefined();
    expect(result.missingToDecide).toEqual(["reach", "grip", "activities"]);
    expect(result.warnings.join(" ")).toMatch(/Only 5 of 8 domains scored/);
  });

  it("a domain with an aid ticked but no answered item is left out, not scored 2 (D11)", () => {
    expect(readChaqDomain("activities", d("activities", [null], true))).toMatchObject({ state: "left-out" });
    // Known: 9 over 7 (activities removed) = 1.286.
    const result = chaq(withDomains(replace("activities", d("activities", [null, null], true))));
    expect(result).toMatchObject({ outcome: "disability-index", score: 1.286 });
  });

  it("`na` beside an answered item scores the answered one", () => {
    expect(readChaqDomain("grip", d("grip", ["na", null])).state).toBe("left-out");
    expect(readChaqDomain("grip", d("grip", ["na", 1])).score).toBe(1);
  });

  it("uses the latest CHAQ on or before the date; none → incomplete over all 8 domains", () => {
    const later = withDomains(FULL);
    later.visits.push({
      date: "2024-09-01",
      kind: "scheduled",
      chaq: { respondent: "parent", domains: FULL.map((x) => ({ ...x, items: [3] })) },
    });
    expect(chaq(later).score).toBe(1.125);
    const latest = chaq(later, "2024-12-01");
    expect(latest.score).toBe(3);
    expect(latest.warnings).toContain("CHAQ answered by a parent.");
    const none = chaq(later, "2024-01-01");
    expect(none).toMatchObject({ outcome: "incomplete" });
    expect(none.missingToDecide).toHaveLength(8);
  });

  it("every domain not applicable is incomplete (nothing scored)", () => {
    const result = chaq(withDomains(FULL.map((x) => ({ ...x, items: ["na"] as Domain["items"] }))));
    expect(result).toMatchObject({ status: "insufficient-data", outcome: "incomplete" });
    expect(result.score).toBeUndefined();
  });
});
