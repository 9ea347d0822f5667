import { createContext, useContext } from "react";
import type { Session } from "../api/registry-types.ts";

export interface SessionState {
  /** undefined when the server has no sign-in (an API without sessions: every page is open). */
  session: Session | undefined;
  signOut: () => void;
}

export const SessionContext = createContext<SessionState>({ session: undefined, signOut: () => {} });

export const useSession = (): SessionState => useContext(SessionContext);
