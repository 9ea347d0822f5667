import type { ReactNode } from "react";
import type { ResearchRow } from "../api/role-types.ts";
import { cellText, columnHeading } from "./research-columns.ts";

interface Props {
  caption: string;
  columns: readonly string[];
  rows: readonly ResearchRow[];
  /** The first column is the row's header; this renders it (the pseudonym as a link, say). */
  rowHeader?: (row: ResearchRow) => ReactNode;
}

/**
 * Pseudonymized rows exactly as the API sent them, one column per export column. It renders
 * values it is given and adds none: the research view has no other source of patient data.
 */
export function ResearchTable({ caption, columns, rows, rowHeader }: Props) {
  const [first, ...rest] = columns;
  return (
    // A wide table scrolls inside its own box, so the page never scrolls sideways on a tablet.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="research-table-scroll" tabIndex={0} aria-label={caption}>
      <table className="research-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {columnHeading(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; their order is fixed
            <tr key={i}>
              {first !== undefined && (
                <th scope="row">{rowHeader ? rowHeader(row) : cellText(row[first])}</th>
              )}
              {rest.map((c) => (
                <td key={c}>{cellText(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
