import { afterEach, describe, expect, it } from "vitest";
import type { CommandHandler } from "../../src/context.ts";
import { decodeSlackText } from "../../src/slack/listeners/commands.ts";
import { commandBody, eventBody, postSigned, startTestApp, type TestApp } from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

describe("text from Slack", () => {
  it("decodes &amp; &lt; &gt; once", () => {
    expect(decodeSlackText("R&amp;D &lt;title&gt; &amp;lt;")).toBe("R&D <title> &lt;");
  });

  it("hands the command the text as typed", async () => {
    const seen: string[] = [];
    const echo: CommandHandler = (text) => {
      seen.push(text);
      return { text: "ok", blocks: [] };
    };
    t = await startTestApp({ commands: { "/echo": echo } });
    const url = t.slack.responseUrl();
    await postSigned(t.url, commandBody("/echo", "search R&amp;D &lt;b&gt;", url));
    await t.slack.waitFor("response");
    expect(seen).toEqual(["search R&D <b>"]);
  });
});

type Posted = { channel: string; text: string; thread_ts?: string; blocks: Array<{ type: string }> };

describe("questions in messages", () => {
  it("answers a direct message with the reply of the command it read", async () => {
    t = await startTestApp();
    const res = await postSigned(
      t.url,
      eventBody({
        type: "message",
        channel_type: "im",
        channel: "D100",
        user: "U100",
        text: "what is planned in pillar 2",
        ts: "1700000000.000100",
      }),
      { contentType: "application/json" },
    );
    expect(res.status).toBe(200);
    const [call] = await t.slack.waitFor("chat.postMessage");
    const body = call?.body as Posted;
    expect(body.channel).toBe("D100");
    expect(body.text).toContain("Read as /actions pillar 2");
    expect(body.text).toContain("2-(a)");
    expect(body.thread_ts).toBeUndefined();
  });

  it("answers a mention in the thread of the message", async () => {
    t = await startTestApp();
    await postSigned(
      t.url,
      eventBody(
        {
          type: "app_mention",
          channel: "C1",
          user: "U100",
          text: "<@UBOT> when is the next workshop?",
          ts: "1700000000.000200",
        },
        "Ev2",
      ),
      { contentType: "application/json" },
    );
    const [call] = await t.slack.waitFor("chat.postMessage");
    const body = call?.body as Posted;
    expect(body.channel).toBe("C1");
    expect(body.thread_ts).toBe("1700000000.000200");
    expect(body.text).toContain("Sub-regional Workshop on AEO");
  });

  it("ignores the bot's own messages, other bots, and edits", async () => {
    t = await startTestApp();
    const events = [
      { type: "message", channel_type: "im", channel: "D1", user: "UBOT", text: "hi", ts: "1.1" },
      { type: "message", channel_type: "im", channel: "D1", bot_id: "B2", text: "hi", ts: "1.2" },
      { type: "message", subtype: "bot_message", channel_type: "im", channel: "D1", text: "hi", ts: "1.3" },
      {
        type: "message",
        subtype: "message_changed",
        channel_type: "im",
        channel: "D1",
        message: { user: "U100", text: "pillar 2" },
        ts: "1.4",
      },
    ];
    for (const [i, event] of events.entries())
      await postSigned(t.url, eventBody(event, `EvIgnore${i}`), { contentType: "application/json" });
    await new Promise((r) => setTimeout(r, 200));
    expect(t.slack.callsOf("chat.postMessage")).toEqual([]);
  });
});

describe("manifest", () => {
  it("subscribes to DMs and mentions with the least scopes, and lets people write in Messages", async () => {
    const { readFile } = await import("node:fs/promises");
    const manifest = JSON.parse(await readFile(new URL("../../manifest.json", import.meta.url), "utf8"));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["message.im", "app_mention"]),
    );
    expect(manifest.settings.event_subscriptions.bot_events).not.toContain("message.channels");
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["im:history", "app_mentions:read", "chat:write"]),
    );
    expect(manifest.oauth_config.scopes.bot).not.toContain("channels:history");
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});
