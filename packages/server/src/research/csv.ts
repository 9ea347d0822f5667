import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { Cell } from "./columns.ts";

/**
 * A streamed CSV response: rows are pulled from the generator only as fast as the client reads
 * (Node stream back-pressure), so memory holds about one page whatever the size. A failure after
 * the headers went out cannot become an error status: the stream is destroyed (the client sees a
 * truncated download) and the fault is logged by class and code only.
 */
export function csvResponse(
  filename: string,
  header: string[],
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>,
  onFault: (error: unknown) => void,
): Response {
  const source = Readable.from(rows, { objectMode: true });
  const csv = stringify({
    header: true,
    columns: header,
    cast: { boolean: (value) => (value ? "true" : "false"), string: neutralize },
  });
  source.on("error", (error) => {
    onFault(error);
    csv.destroy(error);
  });
  source.pipe(csv);
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP CSV injection); numbers are numbers, never touched.
 */
function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
