import { afterEach, describe, expect, it } from "vitest";
import { commandBody, eventBody, postSigned, startTestApp, type TestApp } from "./harness.ts";

// A workspace that does not have the chart block yet answers `invalid_blocks`: the same answer is sent
// again without its charts, through the stand-in Web API and response URLs.

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

type Posted = { text: string; blocks: Array<{ type: string }> };
const types = (m: Posted) => m.blocks.map((b) => b.type);

async function kpi(): Promise<Posted[]> {
  const url = t.slack.responseUrl();
  expect((await postSigned(t.url, commandBody("/kpi", "", url))).status).toBe(200);
  const path = new URL(url).pathname;
  await t.slack.waitFor("response");
  await new Promise((r) => setTimeout(r, 150));
  return t.slack
    .callsOf("response")
    .filter((c) => c.path === path)
    .map((c) => c.body as Posted);
}

describe("charts refused by the workspace", () => {
  it("sends /kpi once, with its chart and table, when Slack takes it", async () => {
    t = await startTestApp();
    const sent = await kpi();
    expect(sent).toHaveLength(1);
    expect(types(sent[0] as Posted)).toContain("data_visualization");
    expect(types(sent[0] as Posted)).toContain("table");
  });

  it("sends /kpi again without the chart when Slack answers invalid_blocks: table and text stay", async () => {
    t = await startTestApp();
    t.slack.fail("response", { error: "invalid_blocks" });
    const sent = await kpi();
    expect(sent).toHaveLength(2);
    const [first, second] = sent as [Posted, Posted];
    expect(types(first)).toContain("data_visualization");
    expect(types(second)).not.toContain("data_visualization");
    expect(types(second)).toContain("table");
    expect(second.text).toBe(first.text);
    expect(second.text).toMatch(/^Pillar 1 · 2 · /m);
  });

  it("publishes App Home again without its charts when Slack answers invalid_blocks", async () => {
    t = await startTestApp();
    t.slack.fail("views.publish", { error: "invalid_blocks" });
    const body = eventBody({ type: "app_home_opened", user: "U100", channel: "D1", tab: "home" }, "EvHome");
    expect((await postSigned(t.url, body, { contentType: "application/json" })).status).toBe(200);
    const calls = await t.slack.waitFor("views.publish", 2);
    const blocks = (n: number) =>
      ((calls[n]?.body.view as { blocks: Array<{ type: string }> }).blocks ?? []).map((b) => b.type);
    expect(blocks(0)).toContain("data_visualization");
    expect(blocks(1)).not.toContain("data_visualization");
    expect(blocks(1)).toContain("table");
    await new Promise((r) => setTimeout(r, 50));
    expect(t.logs.join("\n")).toContain("published without charts");
  });
});
