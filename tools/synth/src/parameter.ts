/**
 * A generator parameter: its default value, how strong the evidence behind it is, and where it comes
 * from. Tags as in docs/clinical/README.md: [V] seen in the cited source, [V2] a secondary source,
 * [D] derived by arithmetic from [V] numbers, [CONV] a project convention where no source states a rate
 * (D10 (docs/clinical/conventions.md#registry): "unstated rates are parameters with their defaults labelled [CONV]").
 */
export type Evidence = "V" | "V2" | "D" | "CONV";

export interface Parameter<T> {
  readonly value: T;
  readonly evidence: Evidence;
  readonly source: string;
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export type Weights<K extends string = string> = Readonly<Record<K, number>>;

export function sourced<T>(value: T, evidence: Exclude<Evidence, "CONV">, source: string): Parameter<T> {
  return { value, evidence, source };
}

/** A project convention: no source states this rate; the value is ours and is shown as such. */
export function conv<T>(value: T, why: string): Parameter<T> {
  return { value, evidence: "CONV", source: `[CONV] ${why}` };
}
