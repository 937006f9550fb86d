import type { App } from "@slack/bolt";
import type { Logger } from "pino";
import { z } from "zod";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/open.ts";
import { ACTION_IDS } from "../../reply.ts";
import { FOLLOW_UP_ACTION_KEYS } from "../../surveys/actions.ts";
import { noticeModal, SURVEY_VIEW, surveyModal, thanksModal } from "../../surveys/blocks.ts";
import { findSurveyResponse, type SurveyAnswer, saveSurveyResponse } from "../../surveys/responses.ts";

export interface SurveyListenerDeps {
  config: Config;
  db: Db;
  logger: Pick<Logger, "info" | "warn" | "error">;
  isStaff(userId: string): Promise<boolean>;
  now: () => Date;
}

/** The survey button's click, as much of it as we use. */
export const surveyClickSchema = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  actions: z
    .array(z.object({ action_id: z.literal(ACTION_IDS.surveyOpen), value: z.string().regex(/^\d+$/) }))
    .min(1),
});

const option = z.object({ value: z.string() });

/** The survey modal's submission: every input optional, every value checked. */
export const surveySubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.literal(SURVEY_VIEW.callbackId),
    private_metadata: z
      .string()
      .transform((s, c) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          c.addIssue({ code: "custom", message: "private_metadata is not JSON" });
          return z.NEVER;
        }
      })
      .pipe(z.object({ reminderId: z.number().int().positive() })),
    state: z.object({
      values: z.object({
        [SURVEY_VIEW.actions.block]: z
          .object({
            [SURVEY_VIEW.actions.action]: z.object({
              selected_options: z.array(option.extend({ value: z.enum(FOLLOW_UP_ACTION_KEYS) })).default([]),
            }),
          })
          .optional(),
        [SURVEY_VIEW.changes.block]: z
          .object({ [SURVEY_VIEW.changes.action]: z.object({ value: z.string().max(3000).nullish() }) })
          .optional(),
        [SURVEY_VIEW.rating.block]: z
          .object({
            [SURVEY_VIEW.rating.action]: z.object({
              selected_option: option.extend({ value: z.enum(["1", "2", "3", "4", "5"]) }).nullish(),
            }),
          })
          .optional(),
      }),
    }),
  }),
});

export type SurveySubmission = z.output<typeof surveySubmissionSchema>;

/** The answer a submission carries. */
export function answerOf(s: SurveySubmission): SurveyAnswer {
  const v = s.view.state.values;
  const changes = v[SURVEY_VIEW.changes.block]?.[SURVEY_VIEW.changes.action]?.value?.trim() || null;
  const rating = v[SURVEY_VIEW.rating.block]?.[SURVEY_VIEW.rating.action]?.selected_option?.value;
  return {
    actions: (v[SURVEY_VIEW.actions.block]?.[SURVEY_VIEW.actions.action]?.selected_options ?? []).map(
      (o) => o.value,
    ),
    changes,
    rating: rating ? Number(rating) : null,
  };
}

interface ReminderTarget {
  workshopId: number;
  participantId: number;
  slackUserId: string | null;
  title: string;
}

function reminderTarget(db: Db, reminderId: number): ReminderTarget | undefined {
  return db
    .prepare(
      `SELECT r.workshop_id AS workshopId, r.participant_id AS participantId, p.slack_user_id AS slackUserId, w.title
         FROM reminders r JOIN participants p ON p.id = r.participant_id JOIN workshops w ON w.id = r.workshop_id
        WHERE r.id = ?`,
    )
    .get(reminderId) as ReminderTarget | undefined;
}

/** The survey button opens the modal; its submission stores the survey response. */
export function registerSurveyListeners(app: App, deps: SurveyListenerDeps): void {
  const { db, logger } = deps;

  app.action(ACTION_IDS.surveyOpen, async ({ ack, body, client }) => {
    await ack();
    const click = surveyClickSchema.safeParse(body);
    if (!click.success) {
      logger.warn({ issues: click.error.issues }, "survey button payload rejected");
      return;
    }
    const { trigger_id, user, actions } = click.data;
    const reminderId = Number(actions[0]?.value);
    const target = reminderTarget(db, reminderId);
    let view: ReturnType<typeof surveyModal>;
    if (!target) view = noticeModal("This survey is no longer open. Thank you all the same.");
    else if (target.slackUserId !== user.id) {
      view = noticeModal("This survey was sent to another participant, so only they can answer it.");
    } else {
      view = surveyModal({
        reminderId,
        workshopTitle: target.title,
        previous: findSurveyResponse(db, target.workshopId, target.participantId),
      });
    }
    // views.open must follow the click within 3 seconds (trigger_id expiry): nothing slow comes before it.
    await client.views.open({ trigger_id, view });
  });

  app.view(SURVEY_VIEW.callbackId, async ({ ack, body }) => {
    const parsed = surveySubmissionSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues }, "survey submission rejected");
      await ack({
        response_action: "errors",
        errors: {
          [SURVEY_VIEW.actions.block]:
            "We could not read this form. Please close it and press the button again.",
        },
      });
      return;
    }
    const submission = parsed.data;
    const target = reminderTarget(db, submission.view.private_metadata.reminderId);
    if (!target || target.slackUserId !== submission.user.id) {
      await ack({
        response_action: "errors",
        errors: { [SURVEY_VIEW.actions.block]: "This survey belongs to another participant." },
      });
      return;
    }
    const stored = saveSurveyResponse(db, {
      workshopId: target.workshopId,
      participantId: target.participantId,
      by: { channel: "slack", slackUserId: submission.user.id },
      answer: answerOf(submission),
      now: deps.now(),
    });
    logger.info({ workshop: target.workshopId, revision: stored.revision }, "survey response stored");
    await ack({ response_action: "update", view: thanksModal(target.title, stored.revision) });
  });
}
