import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpRoute } from "../../src/http/route.ts";

/**
 * A few lines of server for route tests: dispatches to `routes` as the bot's own server does (exact path,
 * or a `/*` prefix matching one more segment; HEAD answered by a GET route), 404/405 otherwise.
 */
export async function serveRoutes(routes: readonly HttpRoute[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const method = req.method === "HEAD" ? "GET" : req.method;
    const matches = routes.flatMap((r): Array<{ r: HttpRoute; segment: string | undefined }> => {
      if (r.path === url.pathname) return [{ r, segment: undefined }];
      if (!r.path.endsWith("/*")) return [];
      const prefix = r.path.slice(0, -1);
      const rest = url.pathname.slice(prefix.length);
      return url.pathname.startsWith(prefix) && rest.length > 0 && !rest.includes("/")
        ? [{ r, segment: decodeURIComponent(rest) }]
        : [];
    });
    const match = matches.find((m) => m.r.method === method);
    if (!match) {
      res.writeHead(matches.length > 0 ? 405 : 404).end();
      return;
    }
    Promise.resolve(match.r.handle(req, res, url, match.segment)).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
