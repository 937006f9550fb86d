import { z } from "zod";
import { ACTION_IDS } from "../reply.ts";

/** A slash command as Bolt hands it over (form fields). */
export const commandSchema = z.object({
  command: z.string().regex(/^\/[\w-]+$/),
  text: z.string().default(""),
  user_id: z.string().min(1),
  channel_id: z.string().optional(),
  response_url: z.url(),
});

/** The JSON a "Next" or "Share" button carries: which command, its text, which page. */
export const commandRefSchema = z.object({
  c: z.string().regex(/^\/[\w-]+$/),
  t: z.string().max(1800),
  o: z.number().int().min(0).max(100_000),
});
export type CommandRef = z.infer<typeof commandRefSchema>;

const jsonText = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});

const clickBase = {
  type: z.literal("block_actions"),
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().optional(),
  response_url: z.url().optional(),
  channel: z.object({ id: z.string() }).optional(),
};

/** A click on "Next": the command to run again one page on (read-only, see the listener). */
export const nextButtonSchema = z.object({
  ...clickBase,
  actions: z
    .array(z.object({ action_id: z.literal(ACTION_IDS.nextPage), value: jsonText.pipe(commandRefSchema) }))
    .length(1),
});

/** A click on "Share in channel": the id of the answer kept when it was shown. */
export const shareButtonSchema = z.object({
  ...clickBase,
  actions: z
    .array(
      z.object({
        action_id: z.literal(ACTION_IDS.share),
        value: jsonText.pipe(z.object({ s: z.string().regex(/^[\w-]{8,40}$/) })),
      }),
    )
    .length(1),
});

/** A click on a workshop's "Details" button; the value is the workshop id. */
export const workshopButtonSchema = z.object({
  ...clickBase,
  actions: z
    .array(z.object({ action_id: z.literal(ACTION_IDS.workshopShow), value: z.string().regex(/^\d{1,9}$/) }))
    .length(1),
});

/** Any click: enough to answer politely when the rest cannot be read. */
export const anyClickSchema = z.object({
  user: z.object({ id: z.string() }),
  response_url: z.url().optional(),
  actions: z.array(z.object({ action_id: z.string() })).optional(),
});

export const homeOpenedSchema = z.object({
  type: z.literal("app_home_opened"),
  user: z.string().min(1),
  tab: z.string().optional(),
});
