/**
 * Time-ordered ids for synthetic rows (D10 (docs/clinical/conventions.md#registry)): the UUIDv7 layout, with the synthetic
 * timestamp in the time field and 16 bytes of the seeded PRNG for the rest, so the same seed gives the
 * same ids. Never the wall clock, never the system's random source.
 */
import { v7 } from "uuid";
import type { Random } from "./random.ts";
import { dateToMs } from "./synthetic-dates.ts";

/** A UUIDv7 at `msecs` (ms since 1970, UTC) with its random bits from `rng`. */
export function syntheticUuid(rng: Random, msecs: number): string {
  return v7({ msecs, random: rng.bytes(16) });
}

/** A UUIDv7 stamped at midnight UTC of an ISO date. */
export function syntheticUuidOn(rng: Random, isoDate: string): string {
  return syntheticUuid(rng, dateToMs(isoDate));
}
