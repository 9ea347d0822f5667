import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (never sent on a cross-site
 * request), Path=/. Over https it is `__Host-` prefixed and Secure, which a browser only accepts
 * from a secure origin without a Domain (ASVS 3.4.1–3.4.5). No Max-Age: it ends with the browser
 * session, and the server ends it earlier on idle or absolute expiry (auth/sessions.ts).
 */
export const COOKIE = "cno-session";
export const SECURE_COOKIE = "__Host-cno-session";

export interface CookieOptions {
  /** Trust X-Forwarded-Proto / X-Forwarded-Host from a reverse proxy that terminates TLS. */
  trustProxy: boolean;
}

export function isHttps(c: Context, options: CookieOptions): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return options.trustProxy && c.req.header("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export function readSessionToken(c: Context): string | undefined {
  return getCookie(c, SECURE_COOKIE) ?? getCookie(c, COOKIE);
}

export function setSessionCookie(c: Context, token: string, options: CookieOptions): void {
  const secure = isHttps(c, options);
  setCookie(c, secure ? SECURE_COOKIE : COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure,
  });
}

export function clearSessionCookie(c: Context, options: CookieOptions): void {
  const secure = isHttps(c, options);
  deleteCookie(c, secure ? SECURE_COOKIE : COOKIE, { path: "/", secure, httpOnly: true, sameSite: "Strict" });
}
