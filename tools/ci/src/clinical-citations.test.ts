import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The clinical documentation lives in the repository, and code cites it: every
 * `docs/clinical/<page>.md#<anchor>` written anywhere must name a page that exists and a heading on
 * it, and nothing may point outside the repository at the old specification.
 */
const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../../..");
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
  .split("\0")
  .filter((f) => /\.(ts|tsx|md|json|html|css)$/.test(f) && !f.startsWith("bench/results/"));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(page: string): Set<string> {
  const text = readFileSync(join(ROOT, page), "utf8");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? "")));
}

describe("citations of the clinical documentation", () => {
  const cites = tracked.flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(/docs\/clinical\/([\w/-]+\.md)(?:#([\w-]+))?/g)].map(
      (m) => ({ file, page: `docs/clinical/${m[1]}`, anchor: m[2] }),
    ),
  );

  it("are many (the code cites its reasons)", () => {
    expect(cites.length).toBeGreaterThan(100);
  });

  it("each names a page that exists and, when it has one, a heading on that page", () => {
    const anchors = new Map<string, Set<string>>();
    const broken = cites.filter(({ page, anchor }) => {
      if (!existsSync(join(ROOT, page))) return true;
      if (!anchor) return false;
      if (!anchors.has(page)) anchors.set(page, anchorsOf(page));
      return !anchors.get(page)?.has(anchor);
    });
    expect(broken.map((c) => `${c.file}: ${c.page}${c.anchor ? `#${c.anchor}` : ""}`)).toEqual([]);
  });

  it("nothing points outside the repository at the old specification", () => {
    const outside = tracked.filter((file) =>
      /\.\.\/shared\/|shared\/clinical/.test(readFileSync(join(ROOT, file), "utf8")),
    );
    expect(outside.filter((f) => f !== "tools/ci/src/clinical-citations.test.ts")).toEqual([]);
  });
});
