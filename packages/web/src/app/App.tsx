import { lazy, type ReactNode, Suspense, useEffect, useRef } from "react";
import { Link, Route, Routes, useLocation } from "react-router";
import { ChartPage } from "../chart/chart-page.tsx";
import { PatientListPage } from "../patients/patient-list-page.tsx";
import { ForRoles, RoleNavigation, StartPage, WhoIsSignedIn } from "../roles/role-frame.tsx";
import { homeOf, type Role } from "../roles/roles.ts";
import { useSession } from "../session/session-context.ts";
import { SessionGate } from "../session/session-gate.tsx";

// Loaded when opened, so they cost the list and the chart nothing: the visit forms (they bring the
// core's schemas, for the same validation as the API) and the in-browser demo (the whole engine).
const RecordVisitPage = lazy(() => import("../visits/record-visit-page.tsx"));
const EditVisitPage = lazy(() => import("../visits/edit-visit-page.tsx"));
const DemoChart = lazy(() => import("../demo/demo-chart.tsx"));
// The other roles' screens: a clinician's browser never loads them.
const ResearchPage = lazy(() => import("../research/research-page.tsx"));
const ResearchPatientPage = lazy(() => import("../research/research-patient-page.tsx"));
const OwnSummaryPage = lazy(() => import("../own-summary/own-summary-page.tsx"));
const AdminPage = lazy(() => import("../admin/admin-page.tsx"));
const AuditLogPage = lazy(() => import("../admin/audit-log-page.tsx"));

const loading = <p role="status">Loading…</p>;

/**
 * After a navigation, focus moves to the new page's main region, so keyboard and screen-reader
 * users start at the top of what changed (a single-page app does not do this by itself).
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus();
  }, [pathname]);
}

function NotFound() {
  const { session } = useSession();
  return (
    <main id="main" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>
        <Link to={homeOf(session)}>Go to your start page</Link>
      </p>
    </main>
  );
}

/** A lazily loaded screen for some roles only. */
function Screen({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <ForRoles roles={roles}>
      <Suspense fallback={loading}>{children}</Suspense>
    </ForRoles>
  );
}

const CLINIC: Role[] = ["clinician"];
const RESEARCH: Role[] = ["researcher", "admin"];

export function App() {
  useFocusOnNavigate();
  return (
    <SessionGate>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <p className="app-name">
          <Link to="/">CNO Atlas</Link>
        </p>
        <p>Chronic nonbacterial osteomyelitis registry · decision support, not a diagnosis</p>
        <RoleNavigation />
        <WhoIsSignedIn />
      </header>
      <Routes>
        <Route path="/" element={<StartPage clinicList={<PatientListPage />} />} />
        <Route
          path="/patients/:patientId"
          element={
            <ForRoles roles={CLINIC}>
              <ChartPage />
            </ForRoles>
          }
        />
        <Route
          path="/patients/:patientId/visits/new"
          element={
            <Screen roles={CLINIC}>
              <RecordVisitPage />
            </Screen>
          }
        />
        <Route
          path="/patients/:patientId/visits/:visitId/edit"
          element={
            <Screen roles={CLINIC}>
              <EditVisitPage />
            </Screen>
          }
        />
        <Route
          path="/research"
          element={
            <Screen roles={RESEARCH}>
              <ResearchPage />
            </Screen>
          }
        />
        <Route
          path="/research/:pseudonym"
          element={
            <Screen roles={RESEARCH}>
              <ResearchPatientPage />
            </Screen>
          }
        />
        <Route
          path="/my-summary"
          element={
            <Screen roles={["patient"]}>
              <OwnSummaryPage />
            </Screen>
          }
        />
        <Route
          path="/admin"
          element={
            <Screen roles={["admin"]}>
              <AdminPage />
            </Screen>
          }
        />
        <Route
          path="/admin/audit"
          element={
            <Screen roles={["admin"]}>
              <AuditLogPage />
            </Screen>
          }
        />
        {/* The in-browser demo runs on synthetic data in the page, open to every role. */}
        <Route
          path="/demo"
          element={
            <Suspense fallback={loading}>
              <DemoChart />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </SessionGate>
  );
}
