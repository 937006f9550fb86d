import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * One route of the bot's own HTTP server (both modes serve it on `PORT`). The server answers everything
 * else itself: 404 for an unknown path, 405 (with `Allow`) for a known path and another method, 500 when a
 * handler throws. A GET route also answers HEAD.
 */
export interface HttpRoute {
  method: "GET" | "POST";
  /** An exact path (`/healthz`), or a prefix ending in `/*` that matches one more segment (`/survey/*`). */
  path: string;
  /** `url` is the parsed request URL; `segment` is the matched last segment for a `/*` route. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, segment?: string): void | Promise<void>;
}
