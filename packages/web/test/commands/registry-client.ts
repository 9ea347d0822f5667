/**
 * The tests' own way into the registry: plain HTTP against the served API, signed in when the
 * server has sign-in (session cookie + X-CSRF-Token, as the browser does). Used to find patients,
 * count what was saved, and change a record behind the browser's back (the stale-write test).
 */
export interface Credentials {
  username: string;
  password: string;
}

export class RegistryClient {
  private cookie = "";
  private csrf = "";

  constructor(readonly url: string) {}

  /** Signs in; returns the role, or undefined when this API has no sign-in (404). */
  async signIn(credentials: Credentials): Promise<string | undefined> {
    const res = await fetch(`${this.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(credentials),
    });
    if (res.status === 404) return undefined;
    if (!res.ok)
      throw new Error(`sign-in as ${credentials.username} failed: ${res.status} ${await res.text()}`);
    this.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const session = (await res.json()) as { csrfToken: string; role: string };
    this.csrf = session.csrfToken;
    return session.role;
  }

  async request<T>(method: string, path: string, body?: unknown, ifMatch?: number) {
    const headers: Record<string, string> = { accept: "application/json" };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== "GET") headers["x-csrf-token"] = this.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    if (ifMatch !== undefined) headers["if-match"] = `"${ifMatch}"`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(`${this.url}${path}`, init);
    const text = await res.text();
    const etag = /^"(\d+)"$/.exec(res.headers.get("etag") ?? "")?.[1];
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      version: etag ? Number(etag) : undefined,
    };
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.request<T>("GET", path);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

/**
 * The demo clinician's credentials as `serve` prints them on a demo folder's first start
 * ("demo account: clinician <username> <password>", shown once; cli serve-command.ts).
 */
export function printedCredentials(output: string): Credentials | undefined {
  const match = /^demo account: clinician (\S+) (\S+)$/m.exec(output);
  return match?.[1] && match[2] ? { username: match[1], password: match[2] } : undefined;
}

export type DemoRole = "admin" | "clinician" | "researcher" | "patient";

/** Every demo account serve printed, by role ("demo account: <role> <username> <password>"). */
export function printedAccounts(output: string): Partial<Record<DemoRole, Credentials>> {
  const accounts: Partial<Record<DemoRole, Credentials>> = {};
  for (const [, role, username, password] of output.matchAll(/^demo account: (\w+) (\S+) (\S+)$/gm))
    if (role && username && password) accounts[role as DemoRole] = { username, password };
  return accounts;
}
