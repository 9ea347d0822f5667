/**
 * A measurement, not a test (issue 5 asks for the figures): research export rows/s and memory over
 * HTTP on a synthetic registry. Server and client share this process, so RSS holds both (and
 * PGlite). Make the registry, then run with periodic GC so the heap peak shows what is retained:
 *   cno-atlas synth --patients 3000 --sites 3 --data /tmp/bench/data
 *   node --expose-gc --import tsx packages/server/test/export-bench.ts /tmp/bench/data [entity,…]
 */
import { createUser, openDatabase, startServer } from "../src/index.ts";

const dataDir = process.argv[2] ?? "/tmp/bench/data";
const reg = await openDatabase({ dataDir });
const consenting = await reg.db
  .selectFrom("patients")
  .select((eb) => eb.fn.countAll<string>().as("n"))
  .where("research_consent", "=", "yes")
  .executeTakeFirstOrThrow();
const total = await reg.db
  .selectFrom("patients")
  .select((eb) => eb.fn.countAll<string>().as("n"))
  .executeTakeFirstOrThrow();
if (
  !(await reg.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "bench-researcher")
    .executeTakeFirst())
)
  await reg.db
    .transaction()
    .execute((trx) =>
      createUser(trx, { username: "bench-researcher", role: "researcher", password: "bench password long" }),
    );
const server = await startServer({ port: 0, host: "127.0.0.1", database: reg, logFault: console.error });
const login = await fetch(`${server.url}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "bench-researcher", password: "bench password long" }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
console.log(`patients ${total.n}, consenting ${consenting.n}`);
global.gc?.();
for (const entity of (
  process.argv[3] ?? "patients,encounters,lesions,labs,treatments,pros,evaluations"
).split(",")) {
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  let heapPeak = 0;
  const gcTimer = setInterval(() => (globalThis as { gc?: () => void }).gc?.(), 250);
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 10);
  const started = performance.now();
  const res = await fetch(`${server.url}/api/export/${entity}.csv`, { headers: { cookie } });
  let rows = 0;
  let bytes = 0;
  if (!res.body) throw new Error(`no body for ${entity}: ${res.status}`);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (const b of value) if (b === 10) rows++;
  }
  const ms = performance.now() - started;
  clearInterval(timer);
  clearInterval(gcTimer);
  console.log(
    `${entity}: ${rows - 1} rows, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s = ${Math.round(((rows - 1) * 1000) / ms)} rows/s; RSS ${Math.round(baseRss / 1e6)} → peak ${Math.round(peak / 1e6)} MB; JS heap peak ${Math.round(heapPeak / 1e6)} MB`,
  );
}
await server.close();
await reg.close();
