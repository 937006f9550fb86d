import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { HttpRoute } from "./route.ts";

/**
 * How long the server waits for a client. Slack sends a request in one go, so a client still sending
 * headers after 10 s, or a body after 30 s, is a half-open connection holding a socket: it is closed.
 */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  /** How often Node looks for requests over their time (its default, 30 s, would let them linger). */
  checkEveryMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
};

/** Node's parser errors that have a more precise answer than 400. */
const CLIENT_ERRORS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout"],
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large"],
};

export interface HttpServerOptions {
  routes: HttpRoute[];
  logger: Pick<Logger, "warn" | "error">;
  timeouts?: Partial<HttpTimeouts>;
}

/** Which route serves `path` for `method`: the route, "method" (405, with what is allowed) or null (404). */
function matchRoute(
  routes: HttpRoute[],
  method: string,
  path: string,
): { route: HttpRoute; segment?: string } | { allowed: string[] } | null {
  const onPath: Array<{ route: HttpRoute; segment?: string }> = [];
  for (const route of routes) {
    if (route.path.endsWith("/*")) {
      const prefix = route.path.slice(0, -1);
      const rest = path.startsWith(prefix) ? path.slice(prefix.length) : "";
      if (/^[A-Za-z0-9_-]+$/.test(rest)) onPath.push({ route, segment: rest });
    } else if (route.path === path) {
      onPath.push({ route });
    }
  }
  if (onPath.length === 0) return null;
  const wanted = method === "HEAD" ? "GET" : method;
  const found = onPath.find((m) => m.route.method === wanted);
  if (found) return found;
  const allowed = [
    ...new Set(onPath.flatMap((m) => (m.route.method === "GET" ? ["GET", "HEAD"] : ["POST"]))),
  ];
  return { allowed };
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(`${text}\n`);
}

/**
 * The bot's one HTTP server, in both modes: it routes by the parsed path itself, answers every other
 * request (400, 404, 405) and turns a handler that throws into a logged 500, so no request can stop
 * the process. Routes do their own checks: the Slack route verifies the signature of every request.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const t = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const server = createServer(
    {
      headersTimeout: t.headersMs,
      requestTimeout: t.requestMs,
      keepAliveTimeout: t.keepAliveMs,
      connectionsCheckingInterval: t.checkEveryMs,
    },
    (req, res) => void dispatch(options, req, res),
  );
  server.on("clientError", (err, socket) => {
    const code = (err as { code?: string }).code ?? "";
    const [status, reason] = CLIENT_ERRORS[code] ?? [400, "Bad Request"];
    options.logger.warn({ outcome: "bad_request", code }, "request refused");
    if (socket.writable) socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}

async function dispatch(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse) {
  let url: URL;
  try {
    // Origin-form only ("/path"): an absolute or asterisk target is not something Slack or a browser sends us.
    if (!req.url?.startsWith("/") || req.url.startsWith("//")) throw new Error("not origin-form");
    url = new URL(req.url, "http://localhost");
  } catch {
    return plain(res, 400, "Bad request");
  }
  const match = matchRoute(options.routes, req.method ?? "", url.pathname);
  if (!match) return plain(res, 404, "Not found");
  if ("allowed" in match) {
    return plain(res, 405, "Method not allowed", { allow: match.allowed.join(", ") });
  }
  try {
    await match.route.handle(req, res, url, match.segment);
  } catch (err) {
    options.logger.error({ err, path: match.route.path }, "request handler failed");
    plain(res, 500, "Something went wrong");
  }
}

/** Listens on `port` (0 = any free port) and `host`; resolves with the bound address. */
export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}

/** Stops accepting, closes idle keep-alive sockets, and resolves once open requests have ended. */
export async function close(server: Server): Promise<void> {
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
