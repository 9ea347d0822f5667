/**
 * The server's CSP forbids eval (`default-src 'self'`, no 'unsafe-eval'). Zod 4 (behind the core's
 * schemas in the visit forms) probes `new Function("")` to compile fast parsers; under this CSP
 * the probe is blocked and reported as a violation on every page that validates. `jitless` makes
 * it skip the probe and parse without code generation. Zod keeps this setting on globalThis, so
 * setting it before the forms' chunk loads is enough (and merging keeps any setting already made).
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
