/**
 * The clinician's chart, and the other roles' screens, in a real browser (Chromium via playwright-core) against `cno-atlas serve`:
 * one build, one registry and one browser for all specs below, each spec one clinical task
 * (specs/), with page objects (pages/) and registry commands (commands/). TZ=UTC throughout.
 */
import { afterAll, beforeAll } from "vitest";
import { setUp, tearDown } from "./support/chart-fixture.ts";
import "./specs/find-a-patient.spec.ts";
import "./specs/read-the-chart.spec.ts";
import "./specs/record-a-visit.spec.ts";
import "./specs/refuse-a-bad-lab-value.spec.ts";
import "./specs/stale-write.spec.ts";
import "./specs/session-ends-mid-visit.spec.ts";
import "./specs/accessibility.spec.ts";
import "./specs/research-view.spec.ts";
import "./specs/own-summary.spec.ts";
import "./specs/audit-log.spec.ts";
import "./specs/accessibility-of-other-roles.spec.ts";
import "./specs/screenshots-and-load-time.spec.ts";

process.env.TZ = "UTC";

beforeAll(setUp, 240_000);
afterAll(tearDown, 60_000);
