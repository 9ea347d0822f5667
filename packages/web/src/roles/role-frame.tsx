import type { ReactNode } from "react";
import { Link, Navigate, NavLink } from "react-router";
import { useSession } from "../session/session-context.ts";
import { homeOf, mayUse, navigationFor, type Role, roleName } from "./roles.ts";

/** Who is signed in, as which role, and the way out; nothing when the server has no sign-in. */
export function WhoIsSignedIn() {
  const { session, signOut } = useSession();
  if (!session) return null;
  return (
    <p className="who">
      <span>
        {session.user} · <span data-role={session.role}>{roleName(session.role)}</span>
      </span>
      <button type="button" className="link-button" onClick={signOut}>
        Sign out
      </button>
    </p>
  );
}

/** Only the screens this role may use (a link the server would answer with 403 is not shown). */
export function RoleNavigation() {
  const { session } = useSession();
  const links = navigationFor(session?.role);
  if (!session || links.length === 0) return null;
  return (
    <nav className="role-nav" aria-label="Main">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A screen for some roles only. Another role gets a plain "not for your role" page rather than a
 * page of 403 errors (a bookmark or a typed address can still lead here).
 */
export function ForRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { session } = useSession();
  if (mayUse(session, roles)) return children;
  return (
    <main id="main" tabIndex={-1}>
      <h1>Not available to your role</h1>
      <p>
        This page is not part of what a {roleName(session?.role ?? "").toLowerCase()} account may use.{" "}
        <Link to={homeOf(session)}>Go to your start page</Link>
      </p>
    </main>
  );
}

/** "/": the clinic's list for clinicians; every other role is sent to its own start page. */
export function StartPage({ clinicList }: { clinicList: ReactNode }) {
  const { session } = useSession();
  const home = homeOf(session);
  return home === "/" ? clinicList : <Navigate to={home} replace />;
}
