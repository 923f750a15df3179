/**
 * Where the browser tests serve the two builds. E2E_PORT moves both (the /kb/ build is on the next port),
 * so two checkouts on one machine can run their browser tests at once without reading each other's site.
 */
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4400);
export const KB_PORT = ROOT_PORT + 1;
export const ROOT_URL = `http://127.0.0.1:${ROOT_PORT}`;
export const KB_URL = `http://127.0.0.1:${KB_PORT}`;
