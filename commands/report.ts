import { section } from "../src/blocks/builders.ts";
import { escapeMrkdwn, oneLine, truncate } from "../src/blocks/escape.ts";
import type { CommandContext, CommandHandler } from "../src/context.ts";
import type { Reply } from "../src/reply.ts";
import { makeReport, readFiscalYear } from "../src/report/index.ts";
import { reportReply } from "../src/report/slack.ts";

const USAGE =
  "Usage: `/report FY2024/25 [plan] [answers]`: the annual report of a fiscal year as a Word document, sent to you by direct message; `plan` adds the plan in force as an annex, `answers` the survey's free-text answers.";

const OPTIONS: Record<string, "withPlan" | "withAnswers"> = {
  plan: "withPlan",
  "--with-plan": "withPlan",
  answers: "withAnswers",
  "--with-answers": "withAnswers",
};

export interface ReportRequest {
  fiscalYear: string;
  withPlan: boolean;
  withAnswers: boolean;
}

/** `/report …` text to a request, or a sentence saying what is wrong. */
export function parseReportCommand(text: string): ReportRequest | string {
  const [year = "", ...rest] = text.trim().split(/\s+/).filter(Boolean);
  if (year === "" || year === "help") return USAGE;
  const fy = readFiscalYear(year);
  if (typeof fy === "string") return `${fy} ${USAGE}`;
  const request: ReportRequest = { fiscalYear: fy.label, withPlan: false, withAnswers: false };
  for (const word of rest) {
    const option = OPTIONS[word.toLowerCase()];
    if (!option) return `I don't know "${escapeMrkdwn(truncate(oneLine(word), 40))}" here. ${USAGE}`;
    request[option] = true;
  }
  return request;
}

const message = (text: string): Reply => ({ text, blocks: [section(text)] });

/** `/report FY2024/25`: staff only, since the report carries the survey's figures and may carry its answers. */
export const reportCommand: CommandHandler = async (text: string, ctx: CommandContext): Promise<Reply> => {
  const request = parseReportCommand(text);
  if (typeof request === "string") return message(request);
  if (!(await ctx.isStaff())) return message("Only ROCB A/P staff can make the annual report.");
  const made = await makeReport(ctx.db, request.fiscalYear, ctx.now, {
    withPlan: request.withPlan,
    withAnswers: request.withAnswers,
    timeZone: ctx.config.OFFICE_TIMEZONE,
  });
  if (typeof made === "string") return message(made);
  return reportReply(made);
};
