import { EventEmitter } from "node:events";
import { SocketModeClient } from "@slack/socket-mode";
import { expect, it } from "vitest";
import { followConnection } from "../../src/health/connection.ts";

it("follows a Socket Mode client: Slack's hello connects it, the socket closing takes it down", async () => {
  const client = new SocketModeClient({ appToken: "xapp-1-A1-1-abc", clientPingTimeout: 60_000 });
  let t = 0;
  const watch = followConnection(client, () => new Date(Date.UTC(2025, 0, 1, 0, 0, t++)));
  expect(watch.status().state).toBe("disconnected");
  // What the client does when Slack's first WebSocket message arrives (the library's own handler).
  await (
    client as unknown as { onWebSocketMessage(d: string, b: boolean): Promise<void> }
  ).onWebSocketMessage(JSON.stringify({ type: "hello" }), false);
  expect(watch.status()).toEqual({ state: "connected", since: new Date(Date.UTC(2025, 0, 1, 0, 0, 1)) });
  // What its WebSocket emits when the connection drops; the client waits before it says "reconnecting".
  client.emit("close");
  expect(watch.status().state).toBe("disconnected");
  await client.disconnect();
  expect(watch.status().state).toBe("disconnected");
  watch.stop();
  client.emit("connected");
  expect(watch.status().state).toBe("disconnected");
});

it("maps every connection event the client emits, and keeps the time of the last change", () => {
  const client = new EventEmitter();
  let t = 0;
  const watch = followConnection(client, () => new Date(t++ * 1000));
  const seen: string[] = [];
  for (const event of [
    "connecting",
    "authenticated",
    "connected",
    "connected",
    "disconnecting",
    "reconnecting",
  ]) {
    client.emit(event);
    seen.push(`${watch.status().state}@${watch.status().since.getTime() / 1000}`);
  }
  expect(seen).toEqual([
    "connecting@1",
    "connecting@1",
    "connected@2",
    "connected@2",
    "disconnecting@3",
    "reconnecting@4",
  ]);
});
