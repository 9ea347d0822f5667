import { Link } from "react-router";
import { usePageTitle } from "../app/page-title.ts";
import "./admin.css";

/**
 * The administrator's start page. Administrators manage accounts and sites and watch the audit
 * trail; they read patient data only as researchers do, pseudonymized.
 */
export default function AdminPage() {
  usePageTitle("Administration");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Administration</h1>
      <ul className="admin-links">
        <li>
          <Link to="/admin/audit">Audit log</Link> — every read and change of patient data: who, when, which
          patient, from where, and the outcome; filter it and download it as CSV.
        </li>
        <li>
          <Link to="/research">Research view</Link> — consenting patients by pseudonym, and the pseudonymized
          CSV export.
        </li>
      </ul>
      <p className="admin-note">
        Accounts and sites are managed with the command line (<code>cno-atlas user add | list | disable</code>
        ) or the API (<code>/api/users</code>, <code>/api/sites</code>).
      </p>
    </main>
  );
}
