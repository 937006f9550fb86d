import type { CommandHandler } from "../src/context.ts";
import { actionsCommand } from "./actions.ts";
import { kpiCommand } from "./kpi.ts";
import { reportCommand } from "./report.ts";
import { surveyCommand } from "./survey.ts";
import { workshopsCommand } from "./workshops.ts";

/** Every slash command, by the name Slack sends. */
export const commands: Record<string, CommandHandler> = {
  "/workshops": workshopsCommand,
  "/kpi": kpiCommand,
  "/actions": actionsCommand,
  "/survey": surveyCommand,
  "/report": reportCommand,
};
