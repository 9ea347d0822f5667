import { type FormEvent, useId, useState } from "react";
import { apiPaths } from "../api/api-paths.ts";
import { ApiProblem, problemText, sendJson } from "../api/http.ts";
import type { Session } from "../api/registry-types.ts";

/** 401 is one answer for an unknown name, a wrong password and a disabled account (no account probing). */
function signInError(error: unknown): string {
  if (error instanceof ApiProblem && error.status === 401) return "Username or password not recognised.";
  return problemText(error);
}

/** Username and password; the password is never kept after the attempt. */
export function SignInForm({ onSignedIn, heading }: { onSignedIn: (s: Session) => void; heading: string }) {
  const id = useId();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError("");
    try {
      const { data } = await sendJson<Session>("POST", apiPaths.session(), { username, password });
      onSignedIn(data);
    } catch (e) {
      setError(signInError(e));
    } finally {
      setPassword("");
      setBusy(false);
    }
  };
  return (
    <form className="sign-in" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{heading}</h1>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-user`}>Username</label>
        <input
          id={`${id}-user`}
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
