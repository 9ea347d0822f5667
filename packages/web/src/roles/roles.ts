/**
 * Which screens each role may use, in one place: the server refuses the others with 403
 * (server auth/README.md), so the app neither links to them nor opens them.
 */
import type { Session } from "../api/registry-types.ts";

export type Role = "admin" | "clinician" | "researcher" | "patient";

export interface NavLink {
  to: string;
  label: string;
}

const PATIENTS: NavLink = { to: "/", label: "Patients" };
const RESEARCH: NavLink = { to: "/research", label: "Research view" };
const ADMIN: NavLink = { to: "/admin", label: "Administration" };
const AUDIT: NavLink = { to: "/admin/audit", label: "Audit log" };
const OWN_SUMMARY: NavLink = { to: "/my-summary", label: "My summary" };

const NAVIGATION: Record<Role, NavLink[]> = {
  clinician: [PATIENTS],
  researcher: [RESEARCH],
  admin: [ADMIN, RESEARCH, AUDIT],
  patient: [OWN_SUMMARY],
};

/** The screens a role may open, in the header's order; its first is where it lands after sign-in. */
export function navigationFor(role: string | undefined): NavLink[] {
  return NAVIGATION[role as Role] ?? [];
}

/** Where a role lands: the clinic's list for clinicians and for a registry without sign-in. */
export function homeOf(session: Session | undefined): string {
  if (!session) return PATIENTS.to;
  return navigationFor(session.role)[0]?.to ?? PATIENTS.to;
}

/** May this session open a screen meant for these roles? Without sign-in every screen is open. */
export function mayUse(session: Session | undefined, roles: readonly Role[]): boolean {
  return !session || roles.includes(session.role as Role);
}

/** The role as the header says it, in words. */
export const ROLE_NAMES: Record<Role, string> = {
  admin: "Administrator",
  clinician: "Clinician",
  researcher: "Researcher (pseudonymized data only)",
  patient: "Patient",
};

export const roleName = (role: string): string => ROLE_NAMES[role as Role] ?? role;
