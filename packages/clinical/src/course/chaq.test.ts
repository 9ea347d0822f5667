import { describe, expect, it } from "vitest";
import { type ChaqAnswers, type CourseInput, courseSchema } from "../schema/course.ts";
import { evaluateChaq, readChaqDomain } from "./chaq.ts";

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
const chaq = (input: CourseInput, on = "2024-06-01") => evaluateChaq(courseSchema.parse(input), on);
const replace = (id: Domain["id"], domain: Domain | null) =>
  FULL.flatMap((x) => (x.id !== id ? [x] : domain ? [domain] : []));

describe("chaq (Singh 1994 [V]; D5)", () => {
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

  it("a domain of only `na` is filled and leaves the denominator [D]", () => {
    // reach (0) becomes not applicable: 9 / 7 = 1.2857 → 1.286.
    const result = chaq(withDomains(replace("reach", d("reach", ["na", "na"]))));
    expect(result).toMatchObject({
      status: "computed",
      outcome: "disability-index",
      score: 1.286,
      evidenceLevel: "D",
    });
    expect(result.items.find((i) => i.id === "reach")?.met).toBe(false);
  });

  it("is incomplete with a missing or unanswered domain; the range covers what they could be", () => {
    // Known: 2 + 0 + 3 + 1 + 2 + 0 = 8 over 6 (mean 1.33). Min: both open domains 0 → 8 / 8 = 1.
    // Max: both 3 → 14 / 8 = 1.75. (Leaving either out as `na` gives values inside that range.)
    const domains = replace("grip", null).map((x) =>
      x.id === "activities" ? d("activities", [null, null]) : x,
    );
    const result = chaq(withDomains(domains));
    expect(result).toMatchObject({
      status: "insufficient-data",
      outcome: "incomplete",
      scoreRange: [1, 1.75],
    });
    expect(result.score).toBeUndefined();
    expect(result.missingToDecide).toEqual(["grip", "activities"]);
  });

  it("an all-unanswered domain with aid ticked stays unfilled, with a floor of 2 [CONV]", () => {
    // Known: 9 over 7 (activities 0 removed) = 1.286. The open domain is 2..3 or not applicable:
    // min = 1.286 (2 is above the mean, so leaving it out is lowest); max = (9 + 3) / 8 = 1.5.
    const result = chaq(withDomains(replace("activities", d("activities", [null, null], true))));
    expect(result).toMatchObject({
      outcome: "incomplete",
      scoreRange: [1.286, 1.5],
      missingToDecide: ["activities"],
    });
    expect(result.items.find((i) => i.id === "activities")?.evidence).toMatch(/2 or 3/);
    expect(readChaqDomain("activities", d("activities", [null], true))).toMatchObject({
      state: "unfilled",
      floor: 2,
    });
  });

  it("`na` mixed with unanswered items is unfilled: the unanswered ones could hold a score", () => {
    expect(readChaqDomain("grip", d("grip", ["na", null])).state).toBe("unfilled");
    expect(readChaqDomain("grip", d("grip", ["na", 1])).score).toBe(1);
  });

  it("uses the latest CHAQ on or before the date; none → incomplete over all 8 domains, range 0–3", () => {
    const later = withDomains(FULL);
    later.visits.push({
      date: "2024-09-01",
      kind: "scheduled",
      chaq: { domains: FULL.map((x) => ({ ...x, items: [3] })) },
    });
    expect(chaq(later).score).toBe(1.125);
    expect(chaq(later, "2024-12-01").score).toBe(3);
    const none = chaq(later, "2024-01-01");
    expect(none).toMatchObject({ outcome: "incomplete", scoreRange: [0, 3] });
    expect(none.missingToDecide).toHaveLength(8);
  });

  it("every domain not applicable: filled, but the index is undefined", () => {
    const result = chaq(withDomains(FULL.map((x) => ({ ...x, items: ["na"] as Domain["items"] }))));
    expect(result).toMatchObject({ status: "computed", outcome: "disability-index" });
    expect(result.score).toBeUndefined();
    expect(result.warnings.join(" ")).toMatch(/undefined/);
  });
});
