import { lazy, Suspense, useEffect, useRef } from "react";
import { Link, Route, Routes, useLocation } from "react-router";
import { ChartPage } from "../chart/chart-page.tsx";
import { PatientListPage } from "../patients/patient-list-page.tsx";
import { useSession } from "../session/session-context.ts";
import { SessionGate } from "../session/session-gate.tsx";

// Loaded when opened, so they cost the list and the chart nothing: the visit forms (they bring the
// core's schemas, for the same validation as the API) and the in-browser demo (the whole engine).
const RecordVisitPage = lazy(() => import("../visits/record-visit-page.tsx"));
const EditVisitPage = lazy(() => import("../visits/edit-visit-page.tsx"));
const DemoChart = lazy(() => import("../demo/demo-chart.tsx"));

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
  return (
    <main id="main" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to the patient list</Link>
      </p>
    </main>
  );
}

/** Who is signed in, and the way out; nothing when the server has no sign-in. */
function WhoIsSignedIn() {
  const { session, signOut } = useSession();
  if (!session) return null;
  return (
    <p className="who">
      <span>
        {session.user} ({session.role})
      </span>
      <button type="button" className="link-button" onClick={signOut}>
        Sign out
      </button>
    </p>
  );
}

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
        <WhoIsSignedIn />
      </header>
      <Routes>
        <Route path="/" element={<PatientListPage />} />
        <Route path="/patients/:patientId" element={<ChartPage />} />
        <Route
          path="/patients/:patientId/visits/new"
          element={
            <Suspense fallback={loading}>
              <RecordVisitPage />
            </Suspense>
          }
        />
        <Route
          path="/patients/:patientId/visits/:visitId/edit"
          element={
            <Suspense fallback={loading}>
              <EditVisitPage />
            </Suspense>
          }
        />
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
