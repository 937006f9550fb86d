import { afterEach, describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../src/reply.ts";
import { PARTICIPANTS_VIEW } from "../../src/slack/listeners/workshop-admin.ts";
import { clickBody, commandBody, postSigned, startTestApp, type TestApp, viewSubmission } from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

const STAFF = "U100";
const WORKSHOP = 7; // seeded by the harness

const GOOD_CSV = [
  "name,email,administration,slack_user_id",
  "Jane Doe,jane@customs.example,Fiji,U0JANE",
  "Sione Tupou,sione@revenue.example,Tonga,",
].join("\n");

const BAD_CSV = [
  "name,email,administration",
  "Jane Doe,jane@customs.example,Fiji",
  ",nobody@customs.example,Fiji",
  "Sione Tupou,not-an-email,Tonga",
  "Jane Again,JANE@customs.example,Fiji",
].join("\n");

/** The app's answer to a signed interactive request: status and the JSON it acked with (if any). */
async function interact(payload: Record<string, unknown>) {
  const res = await postSigned(t.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

function submission(csv: string, o: { user?: string; metadata?: Record<string, unknown> } = {}) {
  return viewSubmission(
    PARTICIPANTS_VIEW.callbackId,
    { block: PARTICIPANTS_VIEW.block, action: PARTICIPANTS_VIEW.action, value: csv },
    { user: o.user ?? STAFF, metadata: JSON.stringify(o.metadata ?? { workshopId: WORKSHOP }) },
  );
}

const stored = () =>
  t.db
    .prepare(
      "SELECT name, email, administration, slack_user_id FROM participants WHERE workshop_id = ? ORDER BY email",
    )
    .all(WORKSHOP);

async function postedTo(url: string) {
  const path = new URL(url).pathname;
  const until = Date.now() + 3000;
  for (;;) {
    const call = t.slack.callsOf("response").find((c) => c.path === path);
    if (call) return call.body as { text: string; response_type?: string; blocks: unknown[] };
    if (Date.now() > until) throw new Error(`nothing posted to ${path}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("loading participants from Slack", () => {
  it("never posts to a URL a forged submission puts in private_metadata", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const attacker = t.slack.responseUrl();
    const res = await interact(
      submission(GOOD_CSV, { metadata: { workshopId: WORKSHOP, responseUrl: attacker } }),
    );
    expect(res.body.response_action).toBe("update");
    await t.slack.waitFor("chat.postMessage");
    const path = new URL(attacker).pathname;
    expect(t.slack.callsOf("response").filter((c) => c.path === path)).toEqual([]);
  });

  it("command → button → views.open → bad paste refused whole → good paste stored, confirmed with counts only", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });

    const commandUrl = t.slack.responseUrl();
    expect(
      (await postSigned(t.url, commandBody("/workshops", `participants ${WORKSHOP}`, commandUrl, STAFF)))
        .status,
    ).toBe(200);
    const panel = JSON.stringify(await postedTo(commandUrl));
    expect(panel).toContain(ACTION_IDS.participantsLoad);
    expect(panel).not.toContain(ACTION_IDS.share);

    const buttonUrl = t.slack.responseUrl();
    const click = await postSigned(
      t.url,
      clickBody(
        { action_id: ACTION_IDS.participantsLoad, value: String(WORKSHOP) },
        { responseUrl: buttonUrl },
      ),
    );
    expect(click.status).toBe(200);
    const [open] = await t.slack.waitFor("views.open");
    expect(open?.body.trigger_id).toBe("1.2.3");
    const view = open?.body.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe(PARTICIPANTS_VIEW.callbackId);
    const metadata = JSON.parse(view.private_metadata) as { workshopId: number };
    expect(metadata).toEqual({ workshopId: WORKSHOP });
    expect(JSON.stringify(view.blocks)).toContain('"multiline":true');

    const bad = await interact(submission(BAD_CSV, { metadata }));
    expect(bad.status).toBe(200);
    expect(bad.body.response_action).toBe("errors");
    const message = (bad.body.errors as Record<string, string>)[PARTICIPANTS_VIEW.block] ?? "";
    expect(message).toMatch(/^Nothing was loaded: 3 bad lines\./);
    expect(message).toContain("Line 3: name is empty.");
    expect(message).toContain("Line 4: email is not an email address.");
    expect(message).toContain("Line 5: email jane@customs.example already appears on line 2.");
    expect(stored()).toEqual([]);

    const good = await interact(submission(GOOD_CSV, { metadata }));
    expect(good.status).toBe(200);
    expect(good.body.response_action).toBe("update");
    expect(JSON.stringify(good.body.view)).toContain("2 added, 0 updated, 0 unchanged");
    expect(stored()).toEqual([
      { name: "Jane Doe", email: "jane@customs.example", administration: "Fiji", slack_user_id: "U0JANE" },
      { name: "Sione Tupou", email: "sione@revenue.example", administration: "Tonga", slack_user_id: null },
    ]);
    const confirmation = await postedTo(buttonUrl);
    expect(confirmation.response_type).toBe("ephemeral");
    expect(confirmation.text).toMatch(/Loaded 2 participants .*workshop 7.*2 added, 0 updated, 0 unchanged/);
    expect(JSON.stringify(confirmation)).not.toMatch(/jane@|Jane Doe|Sione/);

    // The same list again changes nothing.
    const again = await interact(submission(GOOD_CSV, { metadata: { workshopId: WORKSHOP } }));
    expect(JSON.stringify(again.body.view)).toContain("0 added, 0 updated, 2 unchanged");
    expect(stored()).toHaveLength(2);
    // Without a response_url to answer in, the confirmation comes by direct message.
    const [dm] = await t.slack.waitFor("chat.postMessage");
    expect(dm?.body.channel).toBe(STAFF);
    expect(String(dm?.body.text)).toContain("2 unchanged");
  });

  it("refuses a submission from someone who is not staff, writing nothing", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const res = await interact(submission(GOOD_CSV, { user: "U200" }));
    expect(res.status).toBe(200);
    expect(res.body.response_action).toBe("errors");
    expect((res.body.errors as Record<string, string>)[PARTICIPANTS_VIEW.block]).toMatch(
      /Only ROCB A\/P staff can load participants/,
    );
    expect(stored()).toEqual([]);
  });

  it("does not open the modal for someone who is not staff", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody(
        { action_id: ACTION_IDS.participantsLoad, value: String(WORKSHOP) },
        { responseUrl: url, user: "U200" },
      ),
    );
    expect((await postedTo(url)).text).toMatch(/Only ROCB A\/P staff/);
    expect(t.slack.callsOf("views.open")).toHaveLength(0);
  });

  it("answers an unreadable submission or a vanished workshop with a modal error", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const broken = submission(GOOD_CSV);
    broken.view.private_metadata = "{oops";
    const unreadable = await interact(broken);
    expect(unreadable.body.response_action).toBe("errors");
    expect(JSON.stringify(unreadable.body.errors)).toContain("could not read this form");
    const gone = await interact(submission(GOOD_CSV, { metadata: { workshopId: 424242 } }));
    expect(JSON.stringify(gone.body.errors)).toContain("Workshop 424242 no longer exists");
    expect(t.db.prepare("SELECT count(*) FROM participants").pluck().get()).toBe(0);
  });

  it("staff add and set workshops over HTTP", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      commandBody("/workshops", `set ${WORKSHOP} status:cancelled venue:"Customs House"`, url, STAFF),
    );
    expect((await postedTo(url)).text).toContain(`Updated workshop ${WORKSHOP}.`);
    expect(t.db.prepare("SELECT status, venue FROM workshops WHERE id = ?").get(WORKSHOP)).toEqual({
      status: "cancelled",
      venue: "Customs House",
    });
  });
});
