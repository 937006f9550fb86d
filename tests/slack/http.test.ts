import { afterEach, describe, expect, it } from "vitest";
import { JobBoard } from "../../src/health/job-board.ts";
import { ACTION_IDS, type Reply } from "../../src/reply.ts";
import {
  clickBody,
  commandBody,
  eventBody,
  NOW,
  postSigned,
  realCommands,
  startTestApp,
  type TestApp,
  testCommands,
} from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

async function command(name: string, text: string, user = "U100") {
  const url = t.slack.responseUrl();
  const res = await postSigned(t.url, commandBody(name, text, url, user));
  return { res, url };
}

/** The message the app posted to `url`. */
async function posted(url: string) {
  const path = new URL(url).pathname;
  const until = Date.now() + 3000;
  for (;;) {
    const call = t.slack.callsOf("response").find((c) => c.path === path);
    if (call)
      return call.body as { text: string; blocks: Array<Record<string, unknown>>; [k: string]: unknown };
    if (Date.now() > until) throw new Error(`nothing posted to ${path}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const actionIds = (blocks: Array<Record<string, unknown>>) =>
  blocks.flatMap((b) =>
    ((b.elements as Array<{ action_id?: string }> | undefined) ?? []).map((e) => e.action_id),
  );

describe("slash commands over HTTP", () => {
  it("answers every command with 200 and posts its reply, with Share unless personal, to response_url", async () => {
    t = await startTestApp();
    const commands = await realCommands();
    expect(Object.keys(commands).length).toBeGreaterThan(0);
    for (const [name, handler] of Object.entries(commands)) {
      const { res, url } = await command(name, "");
      expect(res.status, name).toBe(200);
      const body = await posted(url);
      const expected = (await handler("", {
        db: t.db,
        search: t.deps.search,
        config: t.deps.config,
        now: NOW,
        userId: "U100",
        isStaff: async () => false,
        offset: 0,
      })) as Reply;
      expect(body.response_type, name).toBe(expected.visibility ?? "ephemeral");
      expect(body.text, name).toBe(expected.text);
      // A Share button carries the id of the answer kept for it, not the builder's value.
      const withoutShareValues = (blocks: unknown) =>
        JSON.parse(JSON.stringify(blocks), (k, v) => (k === "value" && /"s"|"c"/.test(String(v)) ? "" : v));
      expect(withoutShareValues(body.blocks.slice(0, expected.blocks.length)), name).toEqual(
        withoutShareValues(expected.blocks),
      );
      const shareable = !expected.personal && (expected.visibility ?? "ephemeral") === "ephemeral";
      expect(actionIds(body.blocks).includes(ACTION_IDS.share), name).toBe(shareable);
    }
  });

  it("does not offer Share on a reply holding personal data", async () => {
    t = await startTestApp();
    const { url } = await command("/personal", "");
    expect(actionIds((await posted(url)).blocks)).not.toContain(ACTION_IDS.share);
  });

  it("tells the person in a sentence when the handler fails, and keeps serving", async () => {
    t = await startTestApp();
    const failed = await command("/boom", "");
    expect(failed.res.status).toBe(200);
    const body = await posted(failed.url);
    expect(body.text).toMatch(/^Sorry, something went wrong on our side.*reference [0-9a-f]{8}/);
    expect(body.text).not.toMatch(/at .*\.ts:\d+/);
    const ok = await command("/pages", "aeo");
    expect((await posted(ok.url)).text).toBe("page at 0");
  });
});

describe("request signatures", () => {
  const cases: Array<[string, Parameters<typeof postSigned>[2]]> = [
    ["a signature made with another secret", { secret: "0000000000000000ffffffffffffffff" }],
    ["a body changed after signing", { tamper: (b) => b.replace("aeo", "xyz") }],
    ["a timestamp 6 minutes in the past", { ts: Math.floor(Date.now() / 1000) - 360 }],
    ["a timestamp 6 minutes in the future", { ts: Math.floor(Date.now() / 1000) + 360 }],
    ["no signature header", { omit: ["x-slack-signature"] }],
    ["no timestamp header", { omit: ["x-slack-request-timestamp"] }],
    ["no headers at all", { omit: ["x-slack-signature", "x-slack-request-timestamp"] }],
    ["a non-numeric timestamp", { headers: { "x-slack-request-timestamp": "soon" } }],
  ];
  for (const [name, options] of cases) {
    it(`refuses ${name} with 401 and does nothing`, async () => {
      t = await startTestApp();
      const url = t.slack.responseUrl();
      const res = await postSigned(t.url, commandBody("/pages", "aeo", url), options);
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 50));
      expect(t.slack.callsOf("response")).toHaveLength(0);
    });
  }

  it("accepts a timestamp 4 minutes off either way", async () => {
    t = await startTestApp();
    for (const skew of [-240, 240]) {
      const url = t.slack.responseUrl();
      const res = await postSigned(t.url, commandBody("/pages", "aeo", url), {
        ts: Math.floor(Date.now() / 1000) + skew,
      });
      expect(res.status).toBe(200);
      await posted(url);
    }
  });
});

describe("retried deliveries", () => {
  it("acts once on a command delivered again with X-Slack-Retry-Num", async () => {
    t = await startTestApp();
    const url = t.slack.responseUrl();
    const body = commandBody("/pages", "aeo", url);
    expect((await postSigned(t.url, body)).status).toBe(200);
    const retry = await postSigned(t.url, body, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    await posted(url);
    await new Promise((r) => setTimeout(r, 100));
    expect(t.slack.callsOf("response")).toHaveLength(1);
  });

  it("publishes App Home once for an event delivered three times", async () => {
    t = await startTestApp();
    const body = eventBody({ type: "app_home_opened", user: "U100", channel: "D1", tab: "home" }, "EvRetry");
    expect((await postSigned(t.url, body, { contentType: "application/json" })).status).toBe(200);
    for (const n of ["1", "2"]) {
      const res = await postSigned(t.url, body, {
        contentType: "application/json",
        headers: { "x-slack-retry-num": n },
      });
      expect(res.status).toBe(200);
    }
    await t.slack.waitFor("views.publish");
    await new Promise((r) => setTimeout(r, 100));
    expect(t.slack.callsOf("views.publish")).toHaveLength(1);
  });
});

describe("buttons", () => {
  const ref = (o: number) => JSON.stringify({ c: "/pages", t: "aeo", o });

  it("Next re-runs the command one page on and replaces the message", async () => {
    t = await startTestApp();
    const url = t.slack.responseUrl();
    const res = await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.nextPage, value: ref(5) }, { responseUrl: url }),
    );
    expect(res.status).toBe(200);
    const body = await posted(url);
    expect(body.replace_original).toBe(true);
    expect(body.text).toBe("page at 5");
    expect(JSON.stringify(body.blocks)).toContain("Results 6–10 for aeo");
  });

  /** The value of the Share button on what was posted to `url`. */
  const shareValueOn = async (url: string) => {
    const blocks = (await posted(url)).blocks as Array<{
      elements?: Array<{ action_id?: string; value?: string }>;
    }>;
    return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION_IDS.share)?.value ?? "";
  };

  it("Share reposts the same answer in the channel, without the private buttons", async () => {
    t = await startTestApp();
    const { url: asked } = await command("/pages", "aeo");
    const value = await shareValueOn(asked);
    const url = t.slack.responseUrl();
    await postSigned(t.url, clickBody({ action_id: ACTION_IDS.share, value }, { responseUrl: url }));
    const body = await posted(url);
    expect(body.response_type).toBe("in_channel");
    expect(body.replace_original).toBe(false);
    expect(body.text).toBe("page at 0");
    expect(actionIds(body.blocks)).not.toContain(ACTION_IDS.nextPage);
    expect(actionIds(body.blocks)).not.toContain(ACTION_IDS.share);
    expect(JSON.stringify(body.blocks)).toContain("Shared by <@U100>");
  });

  it("refuses to share an answer holding personal data, even for a forged Share value", async () => {
    t = await startTestApp();
    const { url: asked } = await command("/personal", "");
    expect(await shareValueOn(asked)).toBe("");
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody(
        { action_id: ACTION_IDS.share, value: JSON.stringify({ c: "/personal", t: "", o: 0 }) },
        { responseUrl: url },
      ),
    );
    const body = await posted(url);
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/no longer active/);
    expect(JSON.stringify(body)).not.toContain("jane@");
  });

  const staleCases: Array<[string, { action_id: string; value: string }]> = [
    ["a value that is not JSON", { action_id: ACTION_IDS.nextPage, value: "{oops" }],
    ["a value of the wrong shape", { action_id: ACTION_IDS.share, value: JSON.stringify({ c: "/pages" }) }],
    [
      "a command that no longer exists",
      { action_id: ACTION_IDS.nextPage, value: JSON.stringify({ c: "/gone", t: "", o: 5 }) },
    ],
    ["an action id nobody knows", { action_id: "retired_button", value: "1" }],
  ];
  for (const [name, action] of staleCases) {
    it(`answers ${name} with a polite ephemeral message`, async () => {
      t = await startTestApp();
      const url = t.slack.responseUrl();
      expect((await postSigned(t.url, clickBody(action, { responseUrl: url }))).status).toBe(200);
      const body = await posted(url);
      expect(body.response_type).toBe("ephemeral");
      expect(body.text).toMatch(/no longer active/);
    });
  }

  it("workshop Details answers in the conversation, or in a modal from App Home", async () => {
    t = await startTestApp({
      commands: { ...testCommands, "/workshops": (text) => ({ text: `Workshop ${text}`, blocks: [] }) },
    });
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.workshopShow, value: "7" }, { responseUrl: url }),
    );
    expect((await posted(url)).text).toBe("Workshop show 7");
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.workshopShow, value: "7" }, { container: "view" }),
    );
    const [open] = await t.slack.waitFor("views.open");
    expect(open?.body.trigger_id).toBe("1.2.3");
  });
});

describe("App Home", () => {
  const open = (user: string, id: string) =>
    postSigned(t.url, eventBody({ type: "app_home_opened", user, channel: "D1", tab: "home" }, id), {
      contentType: "application/json",
    });

  it("publishes upcoming workshops and the plan in force, within 100 blocks", async () => {
    t = await startTestApp();
    expect((await open("U100", "Ev1")).status).toBe(200);
    const [call] = await t.slack.waitFor("views.publish");
    const view = call?.body.view as { type: string; blocks: unknown[] };
    expect(call?.body.user_id).toBe("U100");
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view);
    expect(text).toContain("Sub-regional Workshop on AEO");
    expect(text).toContain("2 Sep 2024 – 6 Sep 2024");
    expect(text).toContain("Annual Work Plan 2024/25");
    expect(text).toContain("KPI status · AWP 2024-2025");
    // The KPI statuses as a table (pillar · items · KPIs …) beside a chart of them.
    expect(text).toContain('[{"type":"raw_text","text":"Pillar 1"},{"type":"raw_text","text":"2"}');
    expect(text).toContain('"type":"data_visualization"');
    expect(text).not.toContain("Staff:");
  });

  it("adds the staff section for staff only", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: "U100" } });
    await open("U100", "Ev1");
    await open("U200", "Ev2");
    const calls = await t.slack.waitFor("views.publish", 2);
    const byUser = new Map(calls.map((c) => [c.body.user_id, JSON.stringify(c.body.view)]));
    expect(byUser.get("U100")).toContain("Staff: the survey round in progress");
    expect(byUser.get("U200")).not.toContain("Staff:");
  });
});

describe("staff", () => {
  it("refuses a staff-only command to someone outside the staff user group", async () => {
    t = await startTestApp({ env: { STAFF_USERGROUP_ID: "S1" } });
    t.slack.usergroups.set("S1", ["U100"]);
    const refused = await command("/staffonly", "", "U200");
    expect((await posted(refused.url)).text).toBe("Only ROCB A/P staff can see this.");
    const allowed = await command("/staffonly", "", "U100");
    expect((await posted(allowed.url)).text).toBe("Staff figures");
    // The group's members are cached: two checks, one call.
    expect(t.slack.callsOf("usergroups.users.list")).toHaveLength(1);
  });

  it("refuses /survey to non-staff", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: "U999" } });
    const { url } = await command("/survey", "status", "U200");
    expect((await posted(url)).text).toMatch(/Only ROCB A\/P staff/);
  });
});

describe("Slack Web API errors", () => {
  const faults: Array<[string, Parameters<TestApp["slack"]["fail"]>[1], RegExp]> = [
    ["ok:false", { error: "missing_scope" }, /refused my credentials or permissions/],
    ["HTTP 500", { status: 500 }, /did not answer properly/],
    ["429 with Retry-After", { status: 429, retryAfter: 7 }, /slow down.*try again in 7 seconds/],
  ];
  for (const [name, fault, sentence] of faults) {
    it(`explains ${name} to the person and keeps serving`, async () => {
      t = await startTestApp({ env: { STAFF_USERGROUP_ID: "S1" } });
      t.slack.usergroups.set("S1", ["U100"]);
      t.slack.fail("usergroups.users.list", fault);
      const failed = await command("/staffonly", "", "U100");
      expect(failed.res.status).toBe(200);
      const body = await posted(failed.url);
      expect(body.response_type).toBe("ephemeral");
      expect(body.text).toMatch(sentence);
      const again = await command("/staffonly", "", "U100");
      expect((await posted(again.url)).text).toBe("Staff figures");
    });
  }

  it("keeps serving when App Home cannot be published", async () => {
    t = await startTestApp();
    t.slack.fail("views.publish", { status: 500 });
    await postSigned(t.url, eventBody({ type: "app_home_opened", user: "U100", tab: "home" }, "Ev9"), {
      contentType: "application/json",
    });
    await t.slack.waitFor("views.publish");
    const ok = await command("/pages", "aeo");
    expect((await posted(ok.url)).text).toBe("page at 0");
  });
});

describe("health", () => {
  it("GET /healthz answers 200 with the catalogue's counts", async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      problems: [],
      mode: "http",
      catalogue: { documents: 1, plans: 1, action_items: 3, workshops: 1 },
    });
  });

  it("GET /healthz answers 503 naming the job that has not succeeded for three intervals", async () => {
    // The board's clock says the job was scheduled an hour ago (four 15-minute intervals) and never succeeded.
    const board = new JobBoard(() => new Date(Date.now() - 60 * 60_000));
    board.schedule("reminders", 15 * 60_000);
    await board
      .track("reminders", async () => {
        throw new Error("Slack is down");
      })
      .catch(() => {});
    t = await startTestApp({ board });
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(503);
    expect(JSON.stringify(await res.json())).toContain("reminders");
  });
});

describe("Share button", () => {
  it("is not added twice when the reply already carries one", async () => {
    const value = JSON.stringify({ c: "/own", t: "", o: 0 });
    t = await startTestApp({
      commands: {
        "/own": () => ({
          text: "own",
          blocks: [
            {
              type: "actions",
              elements: [
                {
                  type: "button",
                  action_id: ACTION_IDS.share,
                  text: { type: "plain_text", text: "Share" },
                  value,
                },
              ],
            },
          ],
        }),
      },
    });
    const { url } = await command("/own", "");
    expect(actionIds((await posted(url)).blocks).filter((id) => id === ACTION_IDS.share)).toHaveLength(1);
  });
});
