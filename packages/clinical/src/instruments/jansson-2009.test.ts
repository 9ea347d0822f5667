import { describe } from "vitest";
import { runInstrumentVectors } from "../../test/instrument-vectors.ts";
import { evaluateJansson2009 } from "./jansson-2009.ts";
import { JANSSON_2009_VECTORS } from "./jansson-2009.vectors.ts";

describe("jansson-2009", () => {
  runInstrumentVectors(evaluateJansson2009, JANSSON_2009_VECTORS);
});
