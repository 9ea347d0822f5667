import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Password hashing with Node's scrypt (memory-hard; no native add-on to build, toolchain.md).
 *
 * Parameters: N = 2^16, r = 8, p = 2 — one of OWASP's equivalent minimum scrypt settings
 * (Password Storage Cheat Sheet: 2^17/8/1 ≈ 2^16/8/2 ≈ 2^15/8/3). Each hash needs 128·N·r =
 * 64 MiB and ~300 ms of one core here (2^17/8/1 takes ~350 ms but 128 MiB). Half the memory of
 * 2^17 at the same work keeps a burst of sign-ins from exhausting RAM on a small hospital server,
 * and HASHING_SLOTS caps how many run at once (2 → at most 128 MiB). The parameters are stored in
 * each hash, so raising them later only affects new hashes (needsRehash upgrades on sign-in).
 */
export const SCRYPT = { N: 2 ** 16, r: 8, p: 2, keyLength: 32, saltLength: 16 } as const;

/** ASVS 2.1.1/2.1.2: at least 12 characters, at most 128 (long passphrases welcome). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const HASHING_SLOTS = 2;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Why a password is refused, or null when acceptable. Unicode is allowed (ASVS 2.1.4). */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  return null;
}

/** `scrypt$N$r$p$salt$hash` (base64url): self-describing, so old hashes verify after a change. */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await derive(password, salt, params, SCRYPT.keyLength);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join(
    "$",
  );
}

/** True when `password` matches; false for a wrong password or a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** A hash made with weaker parameters than today's: rehash after the next successful sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.params.N * parsed.params.p < SCRYPT.N * SCRYPT.p || parsed.params.r < SCRYPT.r;
}

let dummy: Promise<string> | undefined;
/**
 * Spends the same time as a real check for an unknown or disabled account, so response time does
 * not tell which usernames exist (ASVS 2.2.1 / 3.x enumeration).
 */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(password, await dummy);
}

function parseHash(stored: string) {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const sane = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  if (!sane(N, 2 ** 20) || !sane(r, 32) || !sane(p, 16) || (N & (N - 1)) !== 0) return null;
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const key = Buffer.from(parts[5] ?? "", "base64url");
  if (salt.length < 8 || key.length < 16) return null;
  return { params: { N, r, p }, salt, key };
}

let running = 0;
const waiting: (() => void)[] = [];

/** scrypt on the libuv pool, at most HASHING_SLOTS at a time (each holds 128·N·r bytes). */
async function derive(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  // A freed slot is handed straight to the next waiter, so no newcomer can slip in between.
  if (running >= HASHING_SLOTS) await new Promise<void>((go) => waiting.push(go));
  else running++;
  try {
    // maxmem: Node's default (32 MiB) is below what N·r needs; allow the stored parameters plus slack.
    const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r + 16 * 1024 * 1024 };
    return await new Promise<Buffer>((resolve, reject) =>
      scrypt(password.normalize("NFKC"), salt, length, options, (error, key) =>
        error ? reject(error) : resolve(key),
      ),
    );
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
