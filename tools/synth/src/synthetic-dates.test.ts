import { describe, expect, it } from "vitest";
import { addMonths, Calendar, dateToMs } from "./synthetic-dates.ts";

/** The reference: JavaScript's own UTC calendar, and the core's month arithmetic (clamp to month end). */
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function referenceAddMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), last)));
}

describe("synthetic dates: integer calendar arithmetic from the epoch", () => {
  it("matches the UTC calendar for every 3rd day over ±110 years around 2015-01-01", () => {
    const calendar = new Calendar();
    const mismatches: string[] = [];
    for (let day = -40_000; day <= 40_000; day += 3) {
      const expected = iso(Date.UTC(2015, 0, 1) + day * 86_400_000);
      if (calendar.iso(day) !== expected || calendar.day(expected) !== day) mismatches.push(expected);
      if (dateToMs(expected) !== Date.parse(expected)) mismatches.push(expected);
      for (const months of [1, 3, 6, 12, -7]) {
        const reference = referenceAddMonths(expected, months);
        if (addMonths(expected, months) !== reference) mismatches.push(`${expected} + ${months}`);
        if (calendar.iso(calendar.addMonths(day, months)) !== reference)
          mismatches.push(`${expected} + ${months}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("clamps to the month's end and honours another epoch", () => {
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    const calendar = new Calendar("2020-03-01");
    expect(calendar.iso(0)).toBe("2020-03-01");
    expect(calendar.iso(-1)).toBe("2020-02-29");
    expect(() => calendar.day("2020-3-1")).toThrow(/ISO date/);
  });
});
