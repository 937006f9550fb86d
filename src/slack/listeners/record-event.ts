import { randomUUID } from "node:crypto";
import type { App } from "@slack/bolt";
import type { KnownBlock, ModalView } from "@slack/types";
import { z } from "zod";
import { escapeMrkdwn as esc, formatDateRange, oneLine, quote } from "../../blocks/index.ts";
import { audienceAndPlace, kindLabel } from "../../blocks/workshops.ts";
import { workshopById } from "../../catalogue/index.ts";
import type { Workshop } from "../../catalogue/workshops.ts";
import { readDraft, recordDraft, saveDraft, type Written } from "../../import/articles/drafts.ts";
import { sameEventInCatalogue } from "../../import/articles/match.ts";
import type { ParsedWorkshop } from "../../import/parsed.ts";
import { ACTION_IDS } from "../../reply.ts";
import { logRequest, type SlackDeps, startedAt } from "../deps.ts";
import { failureSentence } from "../errors.ts";
import { notice } from "../messages.ts";

/** The two modals: paste the article, then confirm what was read. */
export const RECORD_VIEW = {
  paste: "workshop_record_paste",
  confirm: "workshop_record_confirm",
  block: "article_text",
  action: "article",
} as const;

/** Slack's ceiling for a plain_text_input. */
const ARTICLE_LIMIT = 3000;
const REFUSED = "Only ROCB A/P staff can record held workshops; nothing was saved.";
const UNREADABLE = "I could not read this form. Please close it and run `/workshops record` again.";

const clickSchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  response_url: z.url().optional(),
});

const pasteSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.literal(RECORD_VIEW.paste),
    state: z.object({
      values: z.object({
        [RECORD_VIEW.block]: z.object({
          [RECORD_VIEW.action]: z.object({ value: z.string().max(ARTICLE_LIMIT).nullish() }),
        }),
      }),
    }),
  }),
});

// The confirmation carries the server-side draft's id only: the event is read again from the draft.
const confirmSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.literal(RECORD_VIEW.confirm),
    private_metadata: z.string().transform((s, c) => {
      const parsed = z.object({ draftId: z.uuid() }).safeParse(
        (() => {
          try {
            return JSON.parse(s) as unknown;
          } catch {
            return null;
          }
        })(),
      );
      if (!parsed.success) {
        c.addIssue({ code: "custom", message: "private_metadata is not a draft" });
        return z.NEVER;
      }
      return parsed.data;
    }),
  }),
});

const mrkdwn = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });

function pasteModal(): ModalView {
  return {
    type: "modal",
    callback_id: RECORD_VIEW.paste,
    title: { type: "plain_text", text: "Record a held workshop" },
    submit: { type: "plain_text", text: "Read" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: RECORD_VIEW.block,
        label: { type: "plain_text", text: "The news article" },
        hint: {
          type: "plain_text",
          text: "Headline, dateline (17-19 April 2018, Busan, Korea) and text. Nothing is written until you confirm.",
        },
        element: {
          type: "plain_text_input",
          action_id: RECORD_VIEW.action,
          multiline: true,
          max_length: ARTICLE_LIMIT,
        },
      },
    ],
  };
}

// Two blocks an event and a heading: within Slack's 100 blocks a modal.
const MAX_EVENTS = 40;

/** One event as read, field by field, and what Confirm will do with it. */
function eventBlocks(e: ParsedWorkshop, same: Workshop | undefined): KnownBlock[] {
  const shown: Workshop = {
    id: same?.id ?? 0,
    title: e.title,
    kind: e.kind,
    city: e.city,
    venue: e.venue,
    hostCountry: e.hostCountry,
    startDate: e.start,
    endDate: e.end,
    participants: e.participants,
    administrations: e.administrations,
    sponsor: e.sponsor,
    status: e.status,
    documentTitle: null,
    countries: e.countries,
    items: [],
  };
  const lines = [
    `*${quote(e.title, 300)}*`,
    `${formatDateRange(e.start, e.end)} · ${kindLabel(shown)} · ${e.status}`,
    esc(audienceAndPlace(shown)) || "Place: not read",
    [
      e.participants === null ? null : `${e.participants} participants`,
      e.administrations === null ? null : `${e.administrations} administrations`,
      e.sponsor ? `sponsor ${esc(e.sponsor)}` : null,
    ]
      .filter(Boolean)
      .join(" · ") || "No participant count or sponsor read",
  ];
  const effect = same
    ? `Confirm makes workshop *${same.id}* (“${quote(same.title, 150)}”, ${same.status}) ${e.status}, with these dates and figures; it keeps its id.`
    : "Confirm adds it as a new workshop: no planned or scheduled workshop of the catalogue matches it.";
  return [mrkdwn(lines.join("\n")), mrkdwn(effect)];
}

/** Every event read, and what Confirm will do to the catalogue; nothing is written before Confirm. */
function confirmModal(
  read: Array<{ event: ParsedWorkshop; same: Workshop | undefined }>,
  draftId: string,
): ModalView {
  const intro =
    read.length === 1
      ? []
      : [
          mrkdwn(
            `I read *${read.length} events* in this text. Confirm records them all; Cancel records none.`,
          ),
        ];
  return {
    type: "modal",
    callback_id: RECORD_VIEW.confirm,
    private_metadata: JSON.stringify({ draftId }),
    title: { type: "plain_text", text: "Check what I read" },
    submit: { type: "plain_text", text: "Confirm" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [...intro, ...read.flatMap((r) => eventBlocks(r.event, r.same))],
  };
}

/** What Confirm did, one sentence an event. */
function recordedSentence(w: Written): string {
  const what = `“${esc(oneLine(w.event.title))}”, ${formatDateRange(w.event.start, w.event.end)}`;
  return w.matched
    ? `Workshop *${w.id}* is now ${w.event.status}: ${what}. It kept its id.`
    : `Added workshop *${w.id}* (${w.event.status}): ${what}.`;
}

function doneModal(...sentences: string[]): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Workshop recorded" },
    close: { type: "plain_text", text: "Done" },
    blocks: sentences.map(mrkdwn),
  };
}

/** `/workshops record`: the button opens the paste modal, its submission shows what was read, Confirm writes. */
export function registerRecordEvent(app: App, deps: SlackDeps): void {
  const { db, logger } = deps;

  app.action(ACTION_IDS.eventRecord, async ({ ack, body, client, respond, context }) => {
    await ack();
    const click = clickSchema.safeParse(body);
    if (!click.success) return;
    const { trigger_id, user, response_url } = click.data;
    let outcome = "opened";
    if (!(await deps.isStaff(user.id))) {
      outcome = "refused";
      if (response_url) await respond(notice(REFUSED));
    } else {
      await client.views.open({ trigger_id, view: pasteModal() });
    }
    logRequest(logger, {
      kind: "action",
      name: ACTION_IDS.eventRecord,
      user: user.id,
      startedAt: startedAt(context),
      outcome,
    });
  });

  /** The staff check of a submission: null when staff, else the modal error to show. */
  async function refusal(userId: string): Promise<string | null> {
    try {
      return (await deps.isStaff(userId)) ? null : REFUSED;
    } catch (err) {
      const reference = randomUUID().slice(0, 8);
      logger.error({ err, reference }, "staff check failed on an article submission");
      return failureSentence(err, reference);
    }
  }

  app.view(RECORD_VIEW.paste, async ({ ack, body, context }) => {
    const fail = (message: string) =>
      ack({ response_action: "errors", errors: { [RECORD_VIEW.block]: message } });
    const log = (user: string, outcome: string) =>
      logRequest(logger, {
        kind: "view",
        name: RECORD_VIEW.paste,
        user,
        startedAt: startedAt(context),
        outcome,
      });
    const parsed = pasteSchema.safeParse(body);
    if (!parsed.success) {
      await fail(UNREADABLE);
      return;
    }
    const { user, view } = parsed.data;
    const refused = await refusal(user.id);
    if (refused) {
      await fail(refused);
      log(user.id, "refused");
      return;
    }
    const article = view.state.values[RECORD_VIEW.block][RECORD_VIEW.action].value ?? "";
    const reading = readDraft(db, article);
    if ("events" in reading && reading.events.length > MAX_EVENTS) {
      await fail(
        `This text reports ${reading.events.length} events; paste at most ${MAX_EVENTS} at a time. Nothing was saved.`,
      );
      log(user.id, "unread");
      return;
    }
    if (!("events" in reading)) {
      await fail(
        "problem" in reading
          ? `${reading.problem} Nothing was saved.`
          : "I found no event in this text: paste the news article or newsletter text that names each event, its dates and place. Nothing was saved.",
      );
      log(user.id, "unread");
      return;
    }
    const draftId = saveDraft(db, user.id, article, deps.now());
    const read = reading.events.map((event) => {
      const sameId = sameEventInCatalogue(db, event);
      return { event, same: sameId === null ? undefined : workshopById(db, sameId) };
    });
    await ack({ response_action: "update", view: confirmModal(read, draftId) });
    log(user.id, "read");
  });

  app.view(RECORD_VIEW.confirm, async ({ ack, body, context }) => {
    const parsed = confirmSchema.safeParse(body);
    const userId = (body as { user?: { id?: string } }).user?.id ?? "";
    const log = (outcome: string, extra: Record<string, unknown> = {}) =>
      logRequest(logger, {
        kind: "view",
        name: RECORD_VIEW.confirm,
        user: userId,
        startedAt: startedAt(context),
        outcome,
        ...extra,
      });
    if (!parsed.success) {
      await ack({ response_action: "update", view: doneModal(UNREADABLE) });
      log("unreadable");
      return;
    }
    const refused = await refusal(userId);
    if (refused) {
      await ack({ response_action: "update", view: doneModal(refused) });
      log("refused");
      return;
    }
    const result = recordDraft(db, parsed.data.view.private_metadata.draftId, userId, deps.now());
    if (!result.recorded) {
      await ack({ response_action: "update", view: doneModal(esc(result.sentence)) });
      log("not recorded");
      return;
    }
    deps.search.refresh();
    await ack({ response_action: "update", view: doneModal(...result.written.map(recordedSentence)) });
    log(result.written.some((w) => w.matched) ? "matched" : "added", {
      workshops: result.written.map((w) => w.id),
    });
  });
}
