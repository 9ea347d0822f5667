/** The API version, in /api/health and the OpenAPI document. */
export const SERVER_VERSION = "0.2.0";
