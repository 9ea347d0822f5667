import type { InstrumentItem } from "@cno-atlas/clinical";
import { metText } from "./criteria-format.ts";

/** Each item with met ✓ / ✗ / ? in words too, its points and the evidence it was read from. */
export function InstrumentItems({ items, caption }: { items: readonly InstrumentItem[]; caption: string }) {
  if (items.length === 0) return <p className="no-items">No items evaluated.</p>;
  const hasPoints = items.some((item) => item.points !== undefined);
  return (
    <table className="instrument-items">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Met</th>
          <th scope="col">Item</th>
          {hasPoints && <th scope="col">Points</th>}
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const met = metText(item.met);
          return (
            <tr key={item.id} data-item={item.id} data-met={String(item.met)}>
              <td className={`met met--${String(item.met)}`}>
                <span aria-hidden="true">{met.symbol} </span>
                {met.text}
              </td>
              <th scope="row">
                {item.label}
                <code className="item-id">{item.id}</code>
              </th>
              {hasPoints && <td className="points">{item.points ?? ""}</td>}
              <td>
                {item.evidence}
                {item.warnings?.map((warning) => (
                  <p key={warning} className="item-warning">
                    ⚠ {warning}
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
