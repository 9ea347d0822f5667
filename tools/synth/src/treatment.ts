/**
 * Treatment escalation (docs/clinical/treatment.md): NSAID first; then methotrexate or sulfasalazine with an
 * optional glucocorticoid bridge (CARRA CTP arm 1, Hedrich 2013); then TNF inhibitor (arm 2, with
 * optional methotrexate) or bisphosphonate (arm 3). Spinal disease may go straight to the second line
 * (adult consensus 2024, docs/clinical/treatment.md#adult-consensus-algorithm), and does when a vertebra has collapsed. NSAIDs continue throughout
 * ("continuation of NSAIDs permitted in all CTPs"). Doses only where docs/clinical/sources.md gives one.
 */
import type { CourseInput } from "@cno-atlas/clinical";
import type { ParameterValues } from "./parameters.ts";
import type { Random } from "./random.ts";

export type TreatmentInput = CourseInput["treatments"][number];
export type Line = "nsaid" | "dmard" | "tnf-inhibitor" | "bisphosphonate";
type StopReason = NonNullable<TreatmentInput["reasonStopped"]>;

interface OpenTreatment {
  record: TreatmentInput;
  line: Line;
}

/** The lines a patient would climb, in order; the last one always works in the end. */
export function treatmentLines(rng: Random, P: ParameterValues, spine: boolean): Line[] {
  const biologic: Line[] = rng.bernoulli(P.tnfRatherThanBisphosphonateShare)
    ? ["tnf-inhibitor", "bisphosphonate"]
    : ["bisphosphonate", "tnf-inhibitor"];
  return spine ? ["nsaid", ...biologic] : ["nsaid", "dmard", ...biologic];
}

export function responseShare(P: ParameterValues, line: Line): number {
  switch (line) {
    case "nsaid":
      return P.nsaidResponseShare;
    case "dmard":
      return P.secondLineResponseShare;
    case "tnf-inhibitor":
      return P.tnfResponseShare;
    case "bisphosphonate":
      return P.bisphosphonateResponseShare;
  }
}

/** The treatment list of one course: what is open, starts, stops. Dates are ISO strings. */
export class TreatmentRecord {
  readonly treatments: TreatmentInput[] = [];
  readonly #open: OpenTreatment[] = [];
  readonly #rng: Random;
  readonly #P: ParameterValues;
  /** The date from which sulfasalazine is indicated (IBD, skin disease, HLA-B27), if ever. */
  readonly #sulfasalazineFrom: string | undefined;

  constructor(rng: Random, P: ParameterValues, sulfasalazineFrom: string | undefined) {
    this.#rng = rng;
    this.#P = P;
    this.#sulfasalazineFrom = sulfasalazineFrom;
  }

  get anyOpen(): boolean {
    return this.#open.length > 0;
  }

  isOpen(line: Line): boolean {
    return this.#open.some((t) => t.line === line);
  }

  #start(line: Line, record: TreatmentInput): void {
    this.treatments.push(record);
    this.#open.push({ record, line });
  }

  #stop(predicate: (t: OpenTreatment) => boolean, on: string, reason: StopReason): void {
    for (let i = this.#open.length - 1; i >= 0; i--) {
      const open = this.#open[i] as OpenTreatment;
      if (!predicate(open)) continue;
      open.record.stop = on;
      open.record.reasonStopped = reason;
      this.#open.splice(i, 1);
    }
  }

  /** Start a line (NSAID kept or started alongside anything else). */
  startLine(line: Line, on: string, glucocorticoidEnd: string): void {
    if (line !== "nsaid" && this.isOpen(line)) {
      // Already on this line and it failed: another drug of the class (bisphosphonate: more cycles).
      if (line !== "bisphosphonate") this.#switch(line, on, "inefficacy");
      return;
    }
    if (!this.isOpen("nsaid")) this.#start("nsaid", this.#nsaid(on));
    if (line === "dmard") {
      if (this.#rng.bernoulli(this.#P.glucocorticoidBridgeShare)) {
        // Hedrich 2013: prednisone 2 mg/kg/day over 2 weeks; a planned course, so no stop reason.
        this.treatments.push({
          drugClass: "glucocorticoid",
          drug: "prednisolone",
          start: on,
          stop: glucocorticoidEnd,
          dose: { value: 2, unit: "mg/kg/day" },
          route: "oral",
        });
      }
      this.#start("dmard", this.#dmard(on));
    }
    if (line === "tnf-inhibitor") {
      const keepMtx = this.#rng.bernoulli(this.#P.keepMethotrexateWithTnfShare);
      this.#stop(
        (t) => t.line === "dmard" && !(keepMtx && t.record.drug === "methotrexate"),
        on,
        "inefficacy",
      );
      this.#stop((t) => t.line === "bisphosphonate", on, "inefficacy");
      this.#start("tnf-inhibitor", this.#tnf(on));
    }
    if (line === "bisphosphonate") {
      this.#stop((t) => t.line === "dmard" || t.line === "tnf-inhibitor", on, "inefficacy");
      // Pamidronate: no paediatric CNO dose is sourced (docs/clinical/treatment.md#bisphosphonates), so none is written.
      this.#start("bisphosphonate", {
        drugClass: "bisphosphonate",
        drug: "pamidronate",
        start: on,
        route: "intravenous",
      });
    }
  }

  /** Sustained remission: everything open stops. */
  stopAll(on: string, reason: StopReason): void {
    this.#stop(() => true, on, reason);
  }

  /** An adverse event: the newest open drug of the line stops, another of its class replaces it. */
  switchForAdverseEvent(line: Line, on: string): void {
    this.#switch(line, on, "adverse-event");
  }

  #switch(line: Line, on: string, reason: StopReason): void {
    const current = this.#open.filter((t) => t.line === line).at(-1);
    if (!current || line === "bisphosphonate") return;
    this.#stop((t) => t === current, on, reason);
    const drug = ALTERNATIVES[current.record.drug] ?? current.record.drug;
    const replacement =
      line === "nsaid"
        ? this.#nsaid(on, drug)
        : line === "dmard"
          ? this.#dmard(on, drug)
          : this.#tnf(on, drug);
    this.#start(line, replacement);
  }

  #nsaid(on: string, chosen?: string): TreatmentInput {
    const drug = chosen ?? this.#rng.categorical(this.#P.nsaidWeights);
    const record: TreatmentInput = { drugClass: "nsaid", drug, start: on, route: "oral" };
    if (drug === "naproxen") record.dose = { value: 15, unit: "mg/kg/day" }; // Beck 2010 (docs/clinical/treatment.md#nsaids)
    return record;
  }

  #dmard(on: string, chosen?: string): TreatmentInput {
    const sulfasalazine = chosen
      ? chosen === "sulfasalazine"
      : (this.#sulfasalazineFrom !== undefined && on >= this.#sulfasalazineFrom) ||
        this.#rng.bernoulli(this.#P.sulfasalazineShareWithoutIndication);
    return sulfasalazine
      ? { drugClass: "dmard", drug: "sulfasalazine", start: on, route: "oral" }
      : {
          drugClass: "dmard",
          drug: "methotrexate",
          start: on,
          dose: { value: 15, unit: "mg/m2/week" },
          route: "subcutaneous",
        };
  }

  #tnf(on: string, chosen?: string): TreatmentInput {
    const drug = chosen ?? this.#rng.categorical(this.#P.tnfWeights);
    const record: TreatmentInput = { drugClass: "tnf-inhibitor", drug, start: on };
    // Label doses (docs/clinical/treatment.md#tnf-inhibitors, [V2]); no CNO-specific dose is sourced.
    if (drug === "etanercept")
      Object.assign(record, { dose: { value: 0.8, unit: "mg/kg/week" }, route: "subcutaneous" });
    if (drug === "adalimumab")
      Object.assign(record, { dose: { value: 40, unit: "mg/2 weeks" }, route: "subcutaneous" });
    if (drug === "infliximab")
      Object.assign(record, { dose: { value: 5, unit: "mg/kg/8 weeks" }, route: "intravenous" });
    return record;
  }
}

const ALTERNATIVES: Readonly<Record<string, string>> = {
  naproxen: "ibuprofen",
  ibuprofen: "naproxen",
  indomethacin: "naproxen",
  celecoxib: "naproxen",
  methotrexate: "sulfasalazine",
  sulfasalazine: "methotrexate",
  adalimumab: "etanercept",
  etanercept: "adalimumab",
  infliximab: "adalimumab",
};
