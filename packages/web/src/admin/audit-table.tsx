import type { AuditEntry } from "../api/role-types.ts";

/** "2026-11-25T09:29:44.634Z" → "2026-11-25 09:29:44 UTC": the server's instant, to the second. */
const showInstant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/** One row per audited request, newest first; the outcome is written, not only coloured. */
export function AuditTable({ items }: { items: readonly AuditEntry[] }) {
  return (
    <table className="audit-table">
      <caption className="visually-hidden">Audit entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">User</th>
          <th scope="col">Action</th>
          <th scope="col">Entity</th>
          <th scope="col">Patient record</th>
          <th scope="col">Outcome</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.id} data-audit-id={e.id}>
            <th scope="row">{showInstant(e.at)}</th>
            <td>{e.user}</td>
            <td>{e.action}</td>
            <td>
              {e.entity}
              {e.entityId && e.entityId !== e.patientId && <span className="audit-id"> {e.entityId}</span>}
            </td>
            <td className="audit-id">{e.patientId ?? "—"}</td>
            <td className={e.outcome === "success" ? "" : "audit-outcome--refused"}>
              {e.outcome}
              {e.errorCode && ` (${e.errorCode})`}
            </td>
            <td>{e.remoteAddress ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
