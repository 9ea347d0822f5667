import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { apiPaths } from "../api/api-paths.ts";
import { ApiProblem, getJson, onSessionLost, problemText, sendJson, setCsrfToken } from "../api/http.ts";
import type { Session } from "../api/registry-types.ts";
import { SessionContext } from "./session-context.ts";
import { SignInForm } from "./sign-in-form.tsx";
import "./session.css";

type Gate =
  | { state: "checking" }
  | { state: "open" }
  | { state: "signed-in"; session: Session; expired: boolean }
  | { state: "signed-out" }
  | { state: "failed"; message: string };

/**
 * Sign-in before the chart. An API without sessions (404 on /api/session) leaves every page open.
 * When a session expires mid-work, sign-in opens as a dialog OVER the page: the page stays
 * mounted, so a half-typed visit is still there after signing in again.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ state: "checking" });
  const dialog = useRef<HTMLDialogElement>(null);
  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setGate({ state: "signed-in", session, expired: false });
  }, []);
  useEffect(() => {
    getJson<Session>(apiPaths.session())
      .then((a) => signedIn(a.data))
      .catch((e: unknown) => {
        if (e instanceof ApiProblem && e.status === 404) setGate({ state: "open" });
        else if (e instanceof ApiProblem && e.status === 401) setGate({ state: "signed-out" });
        else setGate({ state: "failed", message: problemText(e) });
      });
    return onSessionLost(() => setGate((g) => (g.state === "signed-in" ? { ...g, expired: true } : g)));
  }, [signedIn]);
  const expired = gate.state === "signed-in" && gate.expired;
  useEffect(() => {
    if (expired && !dialog.current?.open) dialog.current?.showModal();
    if (!expired && dialog.current?.open) dialog.current.close();
  }, [expired]);

  if (gate.state === "checking") return <p role="status">Checking your session…</p>;
  if (gate.state === "failed") return <p role="alert">The registry could not be reached: {gate.message}</p>;
  if (gate.state === "signed-out") {
    return (
      <main id="main" className="sign-in-page">
        <SignInForm heading="Sign in to CNO Atlas" onSignedIn={signedIn} />
      </main>
    );
  }
  const session = gate.state === "signed-in" ? gate.session : undefined;
  const signOut = () => {
    // Signed out locally whatever the answer: a failed DELETE must not keep the chart on screen.
    void sendJson("DELETE", apiPaths.session())
      .catch(() => undefined)
      .finally(() => {
        setCsrfToken(undefined);
        setGate({ state: "signed-out" });
      });
  };
  return (
    <SessionContext.Provider value={{ session, signOut }}>
      {children}
      {/* Closed with Escape, it opens again at the next refused request. */}
      <dialog
        ref={dialog}
        className="session-dialog"
        aria-label="Your session has ended"
        onClose={() => setGate((g) => (g.state === "signed-in" ? { ...g, expired: false } : g))}
      >
        <p>Your session has ended. Sign in again: what you were typing is kept, then save again.</p>
        <SignInForm heading="Sign in again" onSignedIn={signedIn} />
      </dialog>
    </SessionContext.Provider>
  );
}
