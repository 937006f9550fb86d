import { randomUUID } from "node:crypto";
import type { App } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import { z } from "zod";
import { quote, truncate } from "../../blocks/index.ts";
import { workshopById } from "../../catalogue/index.ts";
import { ACTION_IDS } from "../../reply.ts";
import { SurveysError } from "../../surveys/index.ts";
import {
  checkParticipantChanges,
  type ImportSummary,
  type ParticipantChanges,
  parseAddresses,
  writeParticipantChanges,
} from "../../surveys/participants.ts";
import { readSlackFile } from "../../surveys/participants-file.ts";
import { logRequest, type SlackDeps, startedAt } from "../deps.ts";
import { failureSentence } from "../errors.ts";
import { ExpiringMap } from "../expiring-map.ts";
import { notice } from "../messages.ts";
import type { WebClient } from "../web-client.ts";
import { answerFailure } from "./commands.ts";
import { registerRecordEvent } from "./record-event.ts";

/** The participants modal: its callback_id and its inputs (a paste, a CSV file, addresses to remove). */
export const PARTICIPANTS_VIEW = {
  callbackId: "workshop_participants",
  block: "participants_csv",
  action: "csv",
  fileBlock: "participants_file",
  fileAction: "file",
  removeBlock: "participants_remove",
  removeAction: "remove",
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

/** The modal's submission: the pasted CSV, an attached file, addresses to remove, and the workshop. */
export const participantsSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.literal(PARTICIPANTS_VIEW.callbackId),
    private_metadata: jsonMetadata.pipe(metadataSchema),
    state: z.object({
      values: z.object({
        [PARTICIPANTS_VIEW.block]: z
          .object({
            [PARTICIPANTS_VIEW.action]: z.object({ value: z.string().max(PASTE_LIMIT).nullish() }),
          })
          .optional(),
        [PARTICIPANTS_VIEW.fileBlock]: z
          .object({
            [PARTICIPANTS_VIEW.fileAction]: z.object({
              files: z
                .array(z.object({ id: z.string().regex(/^F[A-Z0-9]+$/) }))
                .max(1)
                .default([]),
            }),
          })
          .optional(),
        [PARTICIPANTS_VIEW.removeBlock]: z
          .object({
            [PARTICIPANTS_VIEW.removeAction]: z.object({ value: z.string().max(PASTE_LIMIT).nullish() }),
          })
          .optional(),
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
          text: `*${quote(workshop.title, 200)}* (workshop ${workshop.id})`,
        },
      },
      {
        type: "input",
        block_id: PARTICIPANTS_VIEW.block,
        optional: true,
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
      {
        type: "input",
        block_id: PARTICIPANTS_VIEW.fileBlock,
        optional: true,
        label: { type: "plain_text", text: "…or a CSV file" },
        hint: {
          type: "plain_text",
          text: "The same columns; any length. Checked as a whole with the paste.",
        },
        element: {
          type: "file_input",
          action_id: PARTICIPANTS_VIEW.fileAction,
          filetypes: ["csv", "txt"],
          max_files: 1,
        },
      },
      {
        type: "input",
        block_id: PARTICIPANTS_VIEW.removeBlock,
        optional: true,
        label: { type: "plain_text", text: "Remove participants (e-mail addresses)" },
        hint: {
          type: "plain_text",
          text: "One per line. Their reminders stop; someone who has answered cannot be removed.",
        },
        element: {
          type: "plain_text_input",
          action_id: PARTICIPANTS_VIEW.removeAction,
          multiline: true,
          max_length: PASTE_LIMIT,
        },
      },
    ],
  };
}

/** Every problem, as one modal error: each while they fit, then how many more. */
export function problemsText(problems: string[]): string {
  const lines = problems.every((p) => /^line \d+:/.test(p));
  const noun = lines ? "bad line" : "problem";
  const head = `Nothing was loaded: ${problems.length} ${noun}${problems.length === 1 ? "" : "s"}.`;
  const shown: string[] = [];
  let used = head.length;
  for (const p of problems) {
    const line = `${p.charAt(0).toUpperCase()}${p.slice(1)}.`;
    if (used + line.length + 1 > ERROR_TEXT_LIMIT) break;
    shown.push(line);
    used += line.length + 1;
  }
  const rest = problems.length - shown.length;
  if (rest > 0) shown.push(`…and ${rest} more.`);
  return [head, ...shown].join("\n");
}

/** Counts only: names and emails never leave the modal. */
export function importSentence(title: string, s: ImportSummary & { removed: number }): string {
  const total = s.added + s.updated + s.unchanged;
  const removed = s.removed > 0 ? `, ${s.removed} removed` : "";
  return `Loaded ${total} participant${total === 1 ? "" : "s"} for “${quote(title, 200)}” (workshop ${s.workshopId}): ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${removed}.`;
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
    const values = view.state.values;
    const csv = values[PARTICIPANTS_VIEW.block]?.[PARTICIPANTS_VIEW.action].value ?? "";
    const files = values[PARTICIPANTS_VIEW.fileBlock]?.[PARTICIPANTS_VIEW.fileAction].files ?? [];
    const removals = values[PARTICIPANTS_VIEW.removeBlock]?.[PARTICIPANTS_VIEW.removeAction].value ?? "";
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
    const changes: ParticipantChanges = { lists: [], remove: parseAddresses(removals) };
    let summary: ImportSummary & { removed: number };
    try {
      for (const f of files) {
        const file = await readSlackFile(client, context.botToken ?? deps.config.SLACK_BOT_TOKEN ?? "", f.id);
        changes.lists.push({ source: `the file ${file.name}`, text: file.text });
      }
      if (csv.trim()) changes.lists.unshift({ source: files.length > 0 ? "the pasted list" : "", text: csv });
      // Checked here for the problem-by-problem list, then written without checking again.
      const checked = checkParticipantChanges(db, workshopId, changes);
      if (checked.problems.length > 0) {
        await fail(problemsText(checked.problems));
        log("invalid", { problems: checked.problems.length });
        return;
      }
      summary = writeParticipantChanges(db, workshopId, checked, deps.now());
    } catch (err) {
      if (!(err instanceof SurveysError)) throw err;
      await fail(truncate(err.message, ERROR_TEXT_LIMIT));
      log("invalid");
      return;
    }
    const sentence = importSentence(workshop.title, summary);
    await ack({ response_action: "update", view: doneModal(sentence) });
    log("imported", {
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      removed: summary.removed,
    });
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
