import { afterEach, expect, it } from "vitest";
import { ACTION_IDS } from "../../src/reply.ts";
import {
  BOT_TOKEN,
  clickBody,
  commandBody,
  eventBody,
  postSigned,
  SECRET,
  startTestApp,
  type TestApp,
} from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

it("logs one line per request at debug level, with no token, secret or personal data", async () => {
  const appToken = "xapp-1-A1-1234-abcdef";
  t = await startTestApp({
    env: { LOG_LEVEL: "debug", SLACK_APP_TOKEN: appToken, STAFF_USERGROUP_ID: "S1" },
  });
  t.slack.usergroups.set("S1", ["U100"]);
  const url = t.slack.responseUrl();
  await postSigned(t.url, commandBody("/pages", "aeo", url));
  await postSigned(t.url, commandBody("/personal", "", t.slack.responseUrl()));
  await postSigned(t.url, commandBody("/staffonly", "", t.slack.responseUrl()));
  await postSigned(t.url, clickBody({ action_id: ACTION_IDS.nextPage, value: "{bad" }, { responseUrl: url }));
  await postSigned(t.url, eventBody({ type: "app_home_opened", user: "U100", tab: "home" }), {
    contentType: "application/json",
  });
  await postSigned(t.url, commandBody("/pages", "aeo", url), { secret: "ffffffffffffffff0000000000000000" });
  // An SDK debug line quoting the token must be scrubbed too.
  t.deps.logger.debug(`calling with Authorization: Bearer ${BOT_TOKEN} and ${appToken}, secret ${SECRET}`);
  await t.slack.waitFor("views.publish");
  await t.slack.waitFor("response", 4);
  await new Promise((r) => setTimeout(r, 50));

  const output = t.logs.join("");
  expect(output.length).toBeGreaterThan(0);
  expect(output).not.toContain("xoxb-");
  expect(output).not.toContain("xapp-");
  expect(output).not.toContain(SECRET);
  expect(output).not.toContain("jane@customs.example");
  const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
  const requests = lines.filter((l) => l.msg === "request");
  expect(requests.map((l) => [l.kind, l.name, l.outcome])).toEqual(
    expect.arrayContaining([
      ["command", "/pages", "answered"],
      ["command", "/personal", "answered"],
      ["command", "/staffonly", "answered"],
      ["action", ACTION_IDS.nextPage, "stale"],
      ["event", "app_home_opened", "published"],
    ]),
  );
  for (const l of requests) {
    expect(l.user).toBeTypeOf("string");
    expect(l.latencyMs).toBeTypeOf("number");
  }
  expect(lines.some((l) => l.outcome === "unauthorized")).toBe(true);
});
