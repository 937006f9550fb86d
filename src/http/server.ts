import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
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

/**
 * What the server holds at once. Connections beyond `connections` are answered 503 as soon as their
 * headers arrive; a declared body over `bodyBytes` gets 413 instead of "100 Continue".
 */
export interface HttpCaps {
  connections: number;
  bodyBytes: number;
}

export const DEFAULT_CAPS: HttpCaps = { connections: 256, bodyBytes: 1024 * 1024 };

/** How long a shutdown lets requests in flight finish before answering 503 and closing every socket. */
export const DRAIN_MS = 5_000;

export interface HttpServerOptions {
  routes: HttpRoute[];
  logger: Pick<Logger, "warn" | "error">;
  timeouts?: Partial<HttpTimeouts>;
  caps?: Partial<HttpCaps>;
}

/** What `close` needs of a server made by `createHttpServer`. */
interface ServerState {
  inFlight: Set<ServerResponse>;
  draining: boolean;
}

const states = new WeakMap<Server, ServerState>();

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
  const caps = { ...DEFAULT_CAPS, ...options.caps };
  const state: ServerState = { inFlight: new Set(), draining: false };
  const overCap = new WeakSet<Socket>();
  let open = 0;
  const server = createServer(
    {
      headersTimeout: t.headersMs,
      requestTimeout: t.requestMs,
      keepAliveTimeout: t.keepAliveMs,
      connectionsCheckingInterval: t.checkEveryMs,
    },
    (req, res) => {
      state.inFlight.add(res);
      res.on("close", () => state.inFlight.delete(res));
      if (state.draining) res.setHeader("connection", "close");
      if (overCap.has(req.socket)) {
        return plain(res, 503, "Too many connections; try again shortly", {
          connection: "close",
          "retry-after": "1",
        });
      }
      void dispatch(options, req, res);
    },
  );
  states.set(server, state);
  server.on("connection", (socket: Socket) => {
    open += 1;
    if (open > caps.connections) overCap.add(socket);
    socket.once("close", () => {
      open -= 1;
    });
  });
  server.on("clientError", (err, socket) => {
    const code = (err as { code?: string }).code ?? "";
    const [status, reason] = CLIENT_ERRORS[code] ?? [400, "Bad Request"];
    options.logger.warn({ outcome: "bad_request", code }, "request refused");
    if (socket.writable) socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  // No route tunnels: without this listener Node drops a CONNECT without a word.
  server.on("connect", (_req, socket: Socket) => {
    options.logger.warn({ outcome: "bad_request", method: "CONNECT" }, "request refused");
    socket.end(
      "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
  });
  // Node would answer "100 Continue" by itself, inviting a body the route then refuses.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > caps.bodyBytes) {
      return plain(res, 413, "Request body too large", { connection: "close" });
    }
    res.writeContinue();
    server.emit("request", req, res);
  });
  return server;
}

/** Only HTTP/1.0 and 1.1: HTTP/0.9 has no headers to answer with, and HTTP/2 is not spoken here. */
function supportedVersion(req: IncomingMessage): boolean {
  return req.httpVersionMajor === 1 && (req.httpVersionMinor === 0 || req.httpVersionMinor === 1);
}

async function dispatch(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse) {
  if (!supportedVersion(req)) {
    return plain(res, 505, "HTTP version not supported", { connection: "close" });
  }
  let url: URL;
  try {
    // Origin-form only ("/path"): an absolute or asterisk target is not something Slack or a browser sends us.
    if (!req.url?.startsWith("/") || req.url.startsWith("//")) throw new Error("not origin-form");
    url = new URL(req.url, "http://localhost");
    // A path the URL parser would rewrite (dot segments, backslashes) is refused, not served under the
    // rewritten path: what the client asked for is what is routed.
    if (url.pathname !== req.url.split("?")[0]) throw new Error("not a normal path");
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

/**
 * Shuts the server down within `drainMs` and a moment: stops accepting, closes idle keep-alive sockets,
 * lets requests in flight finish (each answered with `Connection: close`); after `drainMs`, answers those
 * still unanswered with 503 and closes every socket left, half-sent requests included (Node stops its own
 * header and request timeouts once the server is closed, so they would otherwise hold it open for ever).
 */
export async function close(server: Server, drainMs = DRAIN_MS): Promise<void> {
  const state = states.get(server);
  if (state) {
    state.draining = true;
    for (const res of state.inFlight) if (!res.headersSent) res.setHeader("connection", "close");
  }
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    for (const res of state?.inFlight ?? []) {
      if (!res.headersSent)
        plain(res, 503, "The server is restarting; try again shortly", { connection: "close" });
    }
    // A moment for those answers to leave, then nothing is left open.
    setTimeout(() => server.closeAllConnections(), 100);
  }, drainMs);
  await closed;
  clearTimeout(timer);
}
