import type { AllMiddlewareArgs, App, BlockAction, RespondFn, SlackActionMiddlewareArgs } from "@slack/bolt";
import { ReadOnlyViolation } from "../../db/read-only.ts";
import { ACTION_IDS } from "../../reply.ts";
import { logRequest, runCommand, type SlackDeps, startedAt, UnknownCommandError } from "../deps.ts";
import { notice, shareable, sharedMessage } from "../messages.ts";
import { anyClickSchema, nextButtonSchema, shareButtonSchema, workshopButtonSchema } from "../payloads.ts";
import { replyModal } from "../views.ts";
import { answer, answerFailure, respondWithCharts } from "./commands.ts";

const STALE =
  "That button is no longer active or was changed, so I can't act on it. Please run the command again.";
const PERSONAL = "This answer holds participants' personal data, so it can't be shared in the channel.";
const SHARE_EXPIRED =
  "That answer can no longer be shared (answers are kept for a day, and not across a restart of the bot). Please run the command again and share the new answer.";

/** The command behind the workshop "Details" buttons. */
export const WORKSHOPS_COMMAND = "/workshops";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Answers a click we cannot read, in the conversation it came from when there is one. */
async function stale(deps: SlackDeps, body: unknown, respond: RespondFn | undefined, started: number) {
  const click = anyClickSchema.safeParse(body);
  const user = click.success ? click.data.user.id : "unknown";
  const action = click.success ? (click.data.actions?.[0]?.action_id ?? "none") : "unreadable";
  if (respond && click.success && click.data.response_url) await respond(notice(STALE)).catch(() => {});
  logRequest(deps.logger, { kind: "action", name: action, user, startedAt: started, outcome: "stale" });
}

/**
 * "Next" runs the command again one page on, read-only: paging never records anything, so a command
 * that writes (`/kpi set`, `/workshops add`) is refused instead of being run a second time.
 */
async function onNext(deps: SlackDeps, args: Args): Promise<void> {
  const { ack, body, respond, client, context } = args;
  await ack();
  const started = startedAt(context);
  const click = nextButtonSchema.safeParse(body);
  const ref = click.success ? click.data.actions[0]?.value : undefined;
  if (!click.success || !click.data.response_url || !ref) return stale(deps, body, respond, started);
  const { user } = click.data;
  let outcome = "answered";
  try {
    const reply = await runCommand(deps, ref, user.id, "read-only");
    await answer(deps, respond, client, user.id, reply, ref, true);
  } catch (err) {
    if (err instanceof UnknownCommandError || err instanceof ReadOnlyViolation) {
      return stale(deps, body, respond, started);
    }
    outcome = "failed";
    await answerFailure(deps, respond, err, { action: ACTION_IDS.nextPage, user: user.id });
  }
  logRequest(deps.logger, {
    kind: "action",
    name: ACTION_IDS.nextPage,
    user: user.id,
    startedAt: started,
    outcome,
  });
}

/** "Share in channel" reposts the answer the person was shown, kept when it was shown; it runs nothing. */
async function onShare(deps: SlackDeps, args: Args): Promise<void> {
  const { ack, body, respond, context } = args;
  await ack();
  const started = startedAt(context);
  const click = shareButtonSchema.safeParse(body);
  const id = click.success ? click.data.actions[0]?.value.s : undefined;
  if (!click.success || !click.data.response_url || !id) return stale(deps, body, respond, started);
  const { user } = click.data;
  const shown = deps.shares?.take(id, user.id) ?? null;
  let outcome = "shared";
  if (!shown) {
    outcome = "expired";
    await respond(notice(SHARE_EXPIRED));
  } else if (!shareable(shown.reply)) {
    outcome = "refused";
    await respond(notice(PERSONAL));
  } else {
    await respondWithCharts(respond, sharedMessage(shown.reply, user.id, shown.ref));
  }
  logRequest(deps.logger, {
    kind: "action",
    name: ACTION_IDS.share,
    user: user.id,
    startedAt: started,
    outcome,
  });
}

/** A workshop's "Details" button: `/workshops show <id>`, in the conversation or (from App Home) a modal. */
async function onWorkshopShow(deps: SlackDeps, args: Args): Promise<void> {
  const { ack, body, respond, client, context } = args;
  await ack();
  const started = startedAt(context);
  const click = workshopButtonSchema.safeParse(body);
  if (!click.success || !deps.commands[WORKSHOPS_COMMAND]) return stale(deps, body, respond, started);
  const { user, actions, response_url, trigger_id } = click.data;
  const ref = { c: WORKSHOPS_COMMAND, t: `show ${actions[0]?.value}`, o: 0 };
  let outcome = "answered";
  try {
    const reply = await runCommand(deps, ref, user.id);
    if (response_url) await answer(deps, respond, client, user.id, reply, ref);
    else if (trigger_id) await client.views.open({ trigger_id, view: replyModal("Workshop", reply) });
    else outcome = "no_channel";
  } catch (err) {
    outcome = "failed";
    await answerFailure(deps, response_url ? respond : undefined, err, {
      action: "workshop_show",
      user: user.id,
    });
  }
  logRequest(deps.logger, {
    kind: "action",
    name: ACTION_IDS.workshopShow,
    user: user.id,
    startedAt: started,
    outcome,
  });
}

/** action_ids other listeners own (e.g. the survey button); everything else unknown is answered as stale. */
const KNOWN = new Set<string>(Object.values(ACTION_IDS));

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction>(ACTION_IDS.nextPage, (args) => onNext(deps, args));
  app.action<BlockAction>(ACTION_IDS.share, (args) => onShare(deps, args));
  app.action<BlockAction>(ACTION_IDS.workshopShow, (args) => onWorkshopShow(deps, args));
  app.action<BlockAction>({ type: "block_actions" }, async (args) => {
    const id = args.action && "action_id" in args.action ? args.action.action_id : "";
    if (KNOWN.has(id)) return;
    await args.ack();
    await stale(deps, args.body, args.respond, startedAt(args.context));
  });
}
