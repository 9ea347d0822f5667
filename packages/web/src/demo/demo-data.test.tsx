import { LESION_STATUSES } from "@cno-atlas/clinical";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import DemoChart from "./demo-chart.tsx";
import { DEMO_STATUSES, demoEvaluation } from "./demo-data.ts";

describe("demo chart", () => {
  it("shows every lesion status the map knows, computed by the core", () => {
    expect(new Set(DEMO_STATUSES.values())).toEqual(new Set(LESION_STATUSES));
    expect(Object.fromEntries(DEMO_STATUSES)).toMatchObject({
      "mandible:right": "resolved",
      "tibia:left": "new",
      "clavicle:right": "persistent-worsened",
    });
  });

  it("evaluates the demo presentation in the browser's engine", () => {
    const evaluation = demoEvaluation();
    expect(evaluation.instruments.map((r) => r.id)).toContain("jansson-2009");
  });

  it("renders the whole page without the API", () => {
    const markup = renderToStaticMarkup(<DemoChart />);
    expect(markup).toContain("skeleton lesion map");
    expect(markup).toContain("Criteria and red flags");
    expect(markup).toContain('aria-label="Left tibia, new lesion"');
  });
});
