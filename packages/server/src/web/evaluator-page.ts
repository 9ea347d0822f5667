/**
 * A one-page evaluator until the clinician's chart arrives (issue 4): paste a presentation, see each
 * instrument and red flag. Script is inline-free (CSP 'self'), so it is served from the same module.
 */
export const EVALUATOR_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CNO Atlas — evaluator</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1d2330}
textarea{width:100%;height:14rem;font-family:ui-monospace,monospace}
table{border-collapse:collapse;width:100%;margin-top:1rem}td,th{border:1px solid #c9ced8;padding:.3rem .5rem;text-align:left;vertical-align:top}
.error{color:#a40000}
</style>
</head>
<body>
<h1>CNO Atlas — presentation evaluator</h1>
<p>Paste a presentation (JSON, schema in the API document <a href="/api/openapi.json">/api/openapi.json</a>) and evaluate it.
The registry, the chart and the skeleton map come with the next releases.</p>
<label for="presentation">Presentation JSON</label>
<textarea id="presentation">{"assessedOn":"2024-03-01","patient":{"birthDate":"2013-05-10"},"symptomOnset":"2023-11-01","bonePain":true,"fever":{"present":false},
"lesions":[{"site":"clavicle","side":"right","modality":"whole-body-mri","findings":["bone-marrow-edema"]},{"site":"T7","modality":"whole-body-mri","findings":["bone-marrow-edema"]}],
"wholeBodyImaging":{"performed":true,"modality":"whole-body-mri"},"labs":[{"test":"crp","value":8,"unit":"mg/L"}]}</textarea>
<p><button id="evaluate" type="button">Evaluate</button></p>
<div id="result" aria-live="polite"></div>
<script type="module" src="/evaluator.js"></script>
</body>
</html>`;

export const EVALUATOR_SCRIPT = `
const text = (value) => document.createTextNode(String(value));
function cell(row, value) { const td = document.createElement("td"); td.append(text(value)); row.append(td); }
function table(headers, rows) {
  const t = document.createElement("table");
  const head = t.insertRow(); for (const h of headers) { const th = document.createElement("th"); th.append(text(h)); head.append(th); }
  for (const r of rows) { const tr = t.insertRow(); for (const v of r) cell(tr, v); }
  return t;
}
document.getElementById("evaluate").addEventListener("click", async () => {
  const out = document.getElementById("result"); out.replaceChildren();
  let body;
  try { body = JSON.parse(document.getElementById("presentation").value); }
  catch (e) { out.append(Object.assign(document.createElement("p"), { className: "error", textContent: "Not valid JSON: " + e.message })); return; }
  const res = await fetch("/api/evaluate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) {
    out.append(Object.assign(document.createElement("p"), { className: "error", textContent: json.message }));
    out.append(table(["field", "problem"], (json.fields || []).map((f) => [f.path, f.message])));
    return;
  }
  out.append(Object.assign(document.createElement("h2"), { textContent: "Red flags" }));
  out.append(table(["severity", "group", "message", "evidence"], json.redFlags.map((f) => [f.severity, f.group, f.message, f.evidence.join("; ")])));
  out.append(Object.assign(document.createElement("h2"), { textContent: "Instruments" }));
  out.append(table(["instrument", "status", "outcome", "score", "evidence level", "warnings"], json.instruments.map((i) => [
    i.label, i.status, i.outcome, i.score ?? (i.scoreRange ? i.scoreRange.join("–") : ""), i.evidenceLevel, i.warnings.join(" ")])));
});
`;
