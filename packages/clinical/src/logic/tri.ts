/**
 * Three-valued (Kleene) logic. `null` means "not known from the data given", which the spec keeps
 * distinct from false everywhere (docs/clinical/README.md: "missing is distinct from false").
 */
export type Tri = boolean | null;

export function and(...values: Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === null) unknown = true;
  }
  return unknown ? null : true;
}

export function or(...values: Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === null) unknown = true;
  }
  return unknown ? null : false;
}

export function not(value: Tri): Tri {
  return value === null ? null : !value;
}

/** Tri from an optional boolean: undefined (field not given) becomes null. */
export function known(value: boolean | undefined): Tri {
  return value === undefined ? null : value;
}
