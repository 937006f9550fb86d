import { randomUUID } from "node:crypto";
import type { App } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import { z } from "zod";
import { oneLine, truncate } from "../../blocks/index.ts";
import { workshopById } from "../../catalogue/index.ts";
import { ACTION_IDS } from "../../reply.ts";
import { importParticipants, parseParticipantsCsv, SurveysError } from "../../surveys/index.ts";
import type { BadLine, ImportSummary } from "../../surveys/participants.ts";
import { logRequest, type SlackDeps, startedAt } from "../deps.ts";
import { failureSentence } from "../errors.ts";
import { ExpiringMap } from "../expiring-map.ts";
import { notice } from "../messages.ts";
import type { WebClient } from "../web-client.ts";
import { answerFailure } from "./commands.ts";
import { registerRecordEvent } from "./record-event.ts";

/** The participants modal: its callback_id and the one input it holds. */
export const PARTICIPANTS_VIEW = {
  callbackId: "workshop_participants",
  block: "participants_csv",
  action: "csv",
} as const;

/** Slack's ceiling for a plain_text_input; a longer list goes in several pastes (imports only add or update). */
export const PASTE_LIMIT = 3000;
/** Keeps the modal's error text readable; every bad line number is still listed. */
const ERROR_TEXT_LIMIT = 1500;

const REFUSED = "Only ROCB A/P staff can load participants; nothing was saved.";
const UNREADABLE = "I could not read this form. Please close it and press “Load participants” again.";

// Only which workshop: private_metadata is held by the client, so nothing in it may choose a destination.
const metadataSchema = z.object({ workshopId: z.number().int().positive() });

const jsonMetadata = z.string().transform((s, c) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    c.addIssue({ code: "custom", message: "private_metadata is not JSON" });
    return z.NEVER;
  }
});

/** The "Load participants" click, as much of it as we use. */
export const participantsClickSchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  response_url: z.url().optional(),
  actions: z
    .array(
      z.object({ action_id: z.literal(ACTION_IDS.participantsLoad), value: z.string().regex(/^\d{1,9}$/) }),
    )
    .length(1),
});

/** The modal's submission: the pasted CSV and the workshop it is for. */
export const participantsSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.literal(PARTICIPANTS_VIEW.callbackId),
    private_metadata: jsonMetadata.pipe(metadataSchema),
    state: z.object({
      values: z.object({
        [PARTICIPANTS_VIEW.block]: z.object({
          [PARTICIPANTS_VIEW.action]: z.object({ value: z.string().max(PASTE_LIMIT).nullish() }),
        }),
      }),
    }),
  }),
});

export function participantsModal(workshop: { id: number; title: string }): ModalView {
  return {
    type: "modal",
    callback_id: PARTICIPANTS_VIEW.callbackId,
    private_metadata: JSON.stringify({ workshopId: workshop.id }),
    title: { type: "plain_text", text: "Load participants" },
    submit: { type: "plain_text", text: "Load" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${truncate(oneLine(workshop.title), 200)}* (workshop ${workshop.id})`,
        },
      },
      {
        type: "input",
        block_id: PARTICIPANTS_VIEW.block,
        label: { type: "plain_text", text: "Participants (CSV)" },
        hint: {
          type: "plain_text",
          text: `Header line name,email,administration and optionally slack_user_id. Up to ${PASTE_LIMIT} characters per paste; load a longer list in parts.`,
        },
        element: {
          type: "plain_text_input",
          action_id: PARTICIPANTS_VIEW.action,
          multiline: true,
          max_length: PASTE_LIMIT,
          placeholder: {
            type: "plain_text",
            text: "name,email,administration\nJane Doe,jane@customs.example,Fiji",
          },
        },
      },
    ],
  };
}

/** Every bad line, as one modal error: line numbers first, reasons while they fit. */
export function badLinesText(errors: BadLine[]): string {
  const head = `Nothing was loaded: ${errors.length} bad line${errors.length === 1 ? "" : "s"}.`;
  const lines: string[] = [];
  let used = head.length;
  let shown = 0;
  for (const e of errors) {
    const line = `Line ${e.line}: ${e.reason}.`;
    if (used + line.length + 1 > ERROR_TEXT_LIMIT) break;
    lines.push(line);
    used += line.length + 1;
    shown++;
  }
  const rest = errors.slice(shown).map((e) => e.line);
  if (rest.length > 0) lines.push(`Also lines ${rest.join(", ")}.`);
  return [head, ...lines].join("\n");
}

/** Counts only: names and emails never leave the modal. */
export function importSentence(title: string, s: ImportSummary): string {
  const total = s.added + s.updated + s.unchanged;
  return `Loaded ${total} participant${total === 1 ? "" : "s"} for “${oneLine(title)}” (workshop ${s.workshopId}): ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged.`;
}

function doneModal(sentence: string): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Participants loaded" },
    close: { type: "plain_text", text: "Done" },
    blocks: [{ type: "section", text: { type: "mrkdwn", text: sentence } }],
  };
}

/** Staff's "Load participants" button opens the paste modal; its submission imports all or nothing. */
export function registerWorkshopAdmin(app: App, deps: SlackDeps): void {
  const { db, logger } = deps;
  // Where to confirm a load: the response_url of the click that opened the modal, kept here by who
  // clicked and for which workshop (Slack tells us both), never read back from the modal.
  const confirmTo = new ExpiringMap<string, string>(30 * 60_000, 1_000);
  registerRecordEvent(app, deps); // `/workshops record`: its own modals

  app.action(ACTION_IDS.participantsLoad, async ({ ack, body, client, respond, context }) => {
    await ack();
    const started = startedAt(context);
    const click = participantsClickSchema.safeParse(body);
    if (!click.success) {
      logger.warn(
        { issues: click.error.issues.map((i) => i.path.join(".")) },
        "participants button rejected",
      );
      return;
    }
    const { trigger_id, user, actions, response_url } = click.data;
    const say = async (text: string) => {
      if (response_url) await respond(notice(text));
    };
    let outcome = "opened";
    try {
      // Cached after the `/workshops participants` that showed the button, so views.open stays within 3 s.
      const workshop = workshopById(db, Number(actions[0]?.value));
      if (!(await deps.isStaff(user.id))) {
        outcome = "refused";
        await say(REFUSED);
      } else if (!workshop) {
        outcome = "gone";
        await say("That workshop no longer exists, so there is nothing to load participants into.");
      } else {
        await client.views.open({ trigger_id, view: participantsModal(workshop) });
        if (response_url) confirmTo.set(`${user.id}:${workshop.id}`, response_url);
      }
    } catch (err) {
      outcome = "failed";
      await answerFailure(deps, response_url ? respond : undefined, err, {
        action: ACTION_IDS.participantsLoad,
        user: user.id,
      });
    }
    logRequest(logger, {
      kind: "action",
      name: ACTION_IDS.participantsLoad,
      user: user.id,
      startedAt: started,
      outcome,
    });
  });

  app.view(PARTICIPANTS_VIEW.callbackId, async ({ ack, body, client, context }) => {
    const started = startedAt(context);
    const fail = (message: string) =>
      ack({ response_action: "errors", errors: { [PARTICIPANTS_VIEW.block]: message } });
    const parsed = participantsSubmissionSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn(
        { issues: parsed.error.issues.map((i) => i.path.join(".")) },
        "participants submission rejected",
      );
      await fail(UNREADABLE);
      return;
    }
    const { user, view } = parsed.data;
    const { workshopId } = view.private_metadata;
    const csv = view.state.values[PARTICIPANTS_VIEW.block][PARTICIPANTS_VIEW.action].value ?? "";
    const log = (outcome: string, extra: Record<string, unknown> = {}) =>
      logRequest(logger, {
        kind: "view",
        name: PARTICIPANTS_VIEW.callbackId,
        user: user.id,
        startedAt: started,
        outcome,
        workshop: workshopId,
        ...extra,
      });
    let staff: boolean;
    try {
      staff = await deps.isStaff(user.id);
    } catch (err) {
      const reference = randomUUID().slice(0, 8);
      logger.error({ err, reference }, "staff check failed on a participants submission");
      await fail(failureSentence(err, reference));
      log("failed");
      return;
    }
    if (!staff) {
      await fail(REFUSED);
      log("refused");
      return;
    }
    const workshop = workshopById(db, workshopId);
    if (!workshop) {
      await fail(`Workshop ${workshopId} no longer exists; nothing was saved.`);
      log("gone");
      return;
    }
    // The same validation importParticipants applies, read here for the line-by-line list.
    const { errors } = parseParticipantsCsv(csv);
    if (errors.length > 0) {
      await fail(badLinesText(errors));
      log("invalid", { badLines: errors.length });
      return;
    }
    let summary: ImportSummary;
    try {
      summary = importParticipants(db, workshopId, csv, deps.now());
    } catch (err) {
      if (!(err instanceof SurveysError)) throw err;
      await fail(truncate(err.message, ERROR_TEXT_LIMIT));
      log("invalid");
      return;
    }
    const sentence = importSentence(workshop.title, summary);
    await ack({ response_action: "update", view: doneModal(sentence) });
    log("imported", { added: summary.added, updated: summary.updated, unchanged: summary.unchanged });
    await confirm(client, confirmTo.take(`${user.id}:${workshopId}`), user.id, sentence).catch(
      (err: unknown) =>
        logger.warn({ err, workshop: workshopId }, "could not confirm the participants import"),
    );
  });

  /** Ephemeral in the conversation the button was in while its response_url lasts, else a direct message. */
  async function confirm(
    client: WebClient,
    responseUrl: string | undefined,
    userId: string,
    sentence: string,
  ): Promise<void> {
    if (responseUrl) {
      const res = await fetch(responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(notice(sentence)),
      }).catch(() => null);
      if (res?.ok) return;
    }
    await client.chat.postMessage({ channel: userId, text: sentence });
  }
}
