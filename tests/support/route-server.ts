import type { Server } from "node:http";
import type { HttpRoute } from "../../src/http/route.ts";
import { createHttpServer, listen } from "../../src/http/server.ts";

const quiet = { warn() {}, error() {} };

/** The bot's own HTTP server with just `routes`, on a free loopback port: route tests go through its router. */
export async function serveRoutes(routes: HttpRoute[]): Promise<{ url: string; server: Server }> {
  const server = createHttpServer({ routes, logger: quiet });
  const { port } = await listen(server, 0, "127.0.0.1");
  return { url: `http://127.0.0.1:${port}`, server };
}
