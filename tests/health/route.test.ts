import { EventEmitter } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, it } from "vitest";
import { migrations } from "../../src/db/migrations/index.ts";
import { openDatabase } from "../../src/db/open.ts";
import { followConnection } from "../../src/health/connection.ts";
import { JobBoard } from "../../src/health/job-board.ts";
import { healthRoute } from "../../src/health/route.ts";
import { silentLogger } from "../surveys/fixtures.ts";

it("serves GET /healthz: 200 while connected and the reminder job succeeds, 503 once it has failed for 45 minutes", async () => {
  let now = new Date("2025-03-03T10:00:00Z");
  const clock = () => now;
  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };
  const db = openDatabase(":memory:");
  const board = new JobBoard(clock);
  board.schedule("reminders", 15 * 60_000);
  const client = new EventEmitter();
  const route = healthRoute({
    db,
    mode: "socket",
    board,
    connection: followConnection(client, clock),
    logger: silentLogger,
    clock,
  });
  const server = createServer((req, res) => void route.handle(req, res, new URL(req.url ?? "/", "http://x")));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
  const get = async () => {
    const res = await fetch(url);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  client.emit("connected");
  await board.track("reminders", async () => {});
  const healthy = await get();
  expect(healthy.status).toBe(200);
  expect(healthy.body).toMatchObject({
    ok: true,
    schemaVersion: migrations.length,
    catalogue: { workshops: 0 },
  });

  const fail = () =>
    board.track("reminders", () => Promise.reject(new Error("invalid_auth"))).catch(() => {});
  for (let i = 0; i < 3; i++) {
    later(15);
    await fail();
  }
  expect((await get()).status).toBe(200);
  later(1);
  await fail();
  const failing = await get();
  expect(failing.status).toBe(503);
  expect(failing.body.problems).toEqual([
    expect.stringMatching(/^The reminders job has not succeeded since/),
  ]);

  await board.track("reminders", async () => {});
  expect((await get()).status).toBe(200);
  client.emit("close");
  later(1);
  const down = await get();
  expect(down.status).toBe(503);
  expect(down.body.connection).toMatchObject({ state: "disconnected" });

  db.close();
  expect((await get()).status).toBe(503);
  await new Promise((r) => server.close(r));
});
