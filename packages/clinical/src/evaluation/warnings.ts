/** Cautions shared by several instruments; texts are ours, the rules behind them are cited. */

/** D7 / docs/clinical/red-flags.md#infection (Kingella kingae: ~¾ afebrile, CRP often normal; Mallet 2014). */
export const KINGELLA_ITEM_WARNING =
  "Child younger than 4 years: absent fever or a normal/low CRP must not lower the suspicion of infection (Kingella kingae; Mallet 2014).";

/** D4 / docs/clinical/red-flags.md#metabolic: scurvy produces symmetric metaphyseal lesions that raise CNO scores. */
export const SCURVY_WARNING =
  "Symmetric metaphyseal lesions while vitamin C status is not assessed: scurvy can mimic CNO and raise this score; check vitamin C (Masci 2022).";

/** EULAR/ACR commentary (Levenson 2025): extreme caution below 3 years. */
export const UNDER_3_WARNING =
  "Onset before 3 years: the non-genetic form of CNO is rare at this age; consider a monogenic work-up (Levenson 2025).";
