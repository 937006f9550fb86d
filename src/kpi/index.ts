import { officeToday } from "../blocks/dates.ts";
import type { CommandContext } from "../context.ts";
import type { Db } from "../db/open.ts";
import type { Reply } from "../reply.ts";
import { itemOf, planOf } from "./plans.ts";
import { kpiLine } from "./render.ts";
import { behindReply, exportReply, historyReply, overviewReply, setReply } from "./replies.ts";
import { itemRows, type ReportOptions } from "./report.ts";

export { parseDeadline } from "./deadlines.ts";
export { DERIVATIONS, type DerivedFigure, derivationFor, deriveFigure } from "./derived.ts";
export { KpiError, type KpiErrorCode } from "./errors.ts";
export {
  type KpiKey,
  latestMeasurement,
  type Measurement,
  measurementHistory,
  recordMeasurement,
} from "./measurements.ts";
export { type KpiItem, type KpiPlan, matchPlanText, plansByPreference, resolvePlan } from "./plans.ts";
export { behindLine, kpiLine, type OverviewGaps, overviewBlocks, periodText } from "./render.ts";
export {
  behindReply,
  exportReply,
  historyReply,
  overviewReply,
  overviewWithGaps,
  setReply,
} from "./replies.ts";
export {
  chooseFigure,
  type KpiFigure,
  type KpiRow,
  kpiCsv,
  type PlanOverview,
  planOverview,
  planRows,
  type ReportOptions,
} from "./report.ts";
export {
  AT_RISK_OF_LEVEL,
  AT_RISK_OF_PACE,
  type KpiStatusName,
  kpiStatus,
  progressBar,
  STATUSES,
  type StatusInput,
  type StatusResult,
} from "./status.ts";
export { MEMBERSHIP, parseTarget, type Target, type TargetKind } from "./targets.ts";

/**
 * One mrkdwn line (with its bar and reason) per KPI of an action item; "no KPI in the plan" when it has none.
 * Pass the office time zone so "today" is the office's; staff also see where figures come from.
 */
export function describeItemStatus(
  db: Db,
  actionItemId: number,
  now: Date,
  options: ReportOptions = {},
  staff = false,
): string[] {
  const item = itemOf(db, actionItemId);
  const plan = item && planOf(db, item.planId);
  if (!item || !plan) return [];
  const rows = itemRows(db, plan, item, now, options);
  const view = { staff, today: officeToday(now, options.timeZone ?? "UTC") };
  return rows.length ? rows.map((r) => kpiLine(r, view)) : ["This action item has no KPI in the plan."];
}

/** `/kpi set|history|behind|export …`; null when `sub` is not one of these. */
export function handleKpiSubcommand(sub: string, rest: string, ctx: CommandContext): Promise<Reply> | null {
  switch (sub.toLowerCase()) {
    case "set":
      return setReply(rest, ctx);
    case "history":
      return Promise.resolve(historyReply(rest, ctx));
    case "behind":
      return behindReply(rest, ctx);
    case "export":
      return Promise.resolve(exportReply(rest, ctx));
    case "overview":
      return overviewReply(rest, ctx);
    default:
      return null;
  }
}
