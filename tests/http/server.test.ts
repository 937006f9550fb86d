import type { Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BodyBudget, BodyError, readBody, refuseBody } from "../../src/http/body.ts";
import type { HttpRoute } from "../../src/http/route.ts";
import { close, createHttpServer, type HttpCaps, listen } from "../../src/http/server.ts";
import { rawRequest, requestText } from "../support/raw-http.ts";
import { silentLogger } from "../surveys/fixtures.ts";

// The server's own rules at the edge, over raw sockets: request lines it does not speak, tunnels,
// "Expect: 100-continue", paths the URL parser would rewrite, and what it holds at once.

let server: Server | null = null;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  if (server) await close(server, 100);
  server = null;
});

const budget = new BodyBudget(64 * 1024);

const routes: HttpRoute[] = [
  { method: "GET", path: "/ok", handle: (_req, res) => void res.end("ok\n") },
  {
    method: "POST",
    path: "/upload",
    async handle(req, res) {
      try {
        const body = await readBody(req, 1024 * 1024, budget);
        res.end(`${body.length}\n`);
      } catch (err) {
        if (!(err instanceof BodyError)) throw err;
        refuseBody(res, err);
      }
    },
  },
];

async function start(caps: Partial<HttpCaps> = {}): Promise<number> {
  server = createHttpServer({ routes, logger: silentLogger, caps });
  return (await listen(server, 0, "127.0.0.1")).port;
}

/** A connection that sends `head` and then waits, holding its place. */
function hold(port: number, head: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(head);
      resolve(socket);
    });
    socket.on("error", () => {});
    sockets.push(socket);
  });
}

describe("request lines", () => {
  it.each([
    ["HTTP/0.9 (no version)", "GET /ok\r\n\r\n"],
    ["HTTP/2.0", "GET /ok HTTP/2.0\r\nHost: x\r\n\r\n"],
  ])("refuses %s instead of serving it", async (_name, request) => {
    const port = await start();
    const res = await rawRequest(port, [request]);
    expect(res.text).not.toMatch(/^ok/m);
    expect(res.text).toMatch(/^HTTP\/1\.1 505 /);
  });

  it("answers CONNECT with 405 instead of dropping it", async () => {
    const port = await start();
    const res = await rawRequest(port, ["CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"]);
    expect(res.status).toBe(405);
    expect(res.text).toMatch(/^allow: GET, HEAD, POST/im);
  });

  it.each([
    "/x/../ok",
    "/./ok",
    "/%2E/ok",
    "\\ok",
    "/ok\\",
  ])("refuses the rewritten path %s with 400", async (target) => {
    const port = await start();
    const res = await rawRequest(port, [requestText("GET", target)]);
    expect(res.status === 400 || res.status === 404).toBe(true);
    expect(res.text).not.toMatch(/^ok/m);
  });
});

describe("Expect: 100-continue", () => {
  it("answers a 5 MB declared body with 413 and never invites it with 100 Continue", async () => {
    const port = await start();
    const res = await rawRequest(port, [
      "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 5242880\r\nExpect: 100-continue\r\n\r\n",
    ]);
    expect(res.text).not.toMatch(/100 Continue/);
    expect(res.status).toBe(413);
  });

  it("invites a body within the limit and reads it", async () => {
    const port = await start();
    const res = await rawRequest(
      port,
      [
        "POST /upload HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
        "hello",
      ],
      { gapMs: 100 },
    );
    expect(res.text).toMatch(/^HTTP\/1\.1 100 Continue/);
    expect(res.text).toMatch(/HTTP\/1\.1 200 OK[\s\S]*\r\n5\n$/);
  });
});

describe("what the server holds at once", () => {
  it("answers connections beyond the cap with 503 and serves again once they are gone", async () => {
    const port = await start({ connections: 4 });
    for (let i = 0; i < 4; i++)
      await hold(port, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n");
    const beyond = await rawRequest(port, [requestText("GET", "/ok")]);
    expect(beyond.status).toBe(503);
    expect(beyond.text).toMatch(/^retry-after: 1/im);
    for (const s of sockets.splice(0)) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await rawRequest(port, [requestText("GET", "/ok")])).status).toBe(200);
  });

  it("answers 503 to a body that would take the unverified bytes held past the budget, and frees them", async () => {
    const port = await start();
    // Two clients each holding 40 KB of a declared 100 KB body: the second goes past the 64 KB budget.
    const first = await hold(
      port,
      `POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n${"a".repeat(40_000)}`,
    );
    await new Promise((r) => setTimeout(r, 100));
    const second = await rawRequest(
      port,
      [`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n${"b".repeat(40_000)}`],
      { timeoutMs: 1000 },
    );
    expect(second.status).toBe(503);
    first.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const after = await rawRequest(port, [requestText("POST", "/upload", "c".repeat(50_000))]);
    expect(after.status).toBe(200);
    expect(after.text).toMatch(/\r\n50000\n$/);
  });
});
