import { context, section } from "../blocks/builders.ts";
import { formatDate, officeToday } from "../blocks/dates.ts";
import { escapeMrkdwn as esc } from "../blocks/escape.ts";
import { errorReply, makeReply } from "../blocks/reply.ts";
import type { CommandContext } from "../context.ts";
import type { Reply } from "../reply.ts";
import { KpiError } from "./errors.ts";
import {
  checkAsOf,
  latestMeasurement,
  measurementHistory,
  parseSetText,
  parseValue,
  recordMeasurement,
  SET_USAGE,
  splitRefText,
} from "./measurements.ts";
import { type KpiItem, type KpiPlan, resolveItem, resolvePlan } from "./plans.ts";
import { behindLine, historyBlocks, kpiLine, kpiRef, overviewBlocks } from "./render.ts";
import { csvOf, itemRows, type KpiRow, planOverview, planRows, type ReportOptions } from "./report.ts";

type Ctx = Pick<CommandContext, "db" | "now" | "config" | "userId">;

const optionsOf = (ctx: Ctx): ReportOptions => ({ timeZone: ctx.config.OFFICE_TIMEZONE });
const todayOf = (ctx: Ctx) => officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);

/** Runs a reply builder; a KpiError becomes its sentence, anything else is a bug and propagates. */
function guard(build: () => Reply): Reply {
  try {
    return build();
  } catch (err) {
    if (err instanceof KpiError) return errorReply(section(esc(err.message)));
    throw err;
  }
}

function rowIn(ctx: Ctx, plan: KpiPlan, item: KpiItem, position: number): KpiRow {
  const row = itemRows(ctx.db, plan, item, ctx.now, optionsOf(ctx)).find((r) => r.position === position);
  if (!row)
    throw new KpiError("no_kpi", `Action item ${item.code} in ${plan.label} has no KPI #${position}.`);
  return row;
}

function rowOf(ctx: Ctx, ref: { pillar: number; letter: string; position: number }, plan: string): KpiRow {
  const found = resolveItem(ctx.db, ref, plan, todayOf(ctx));
  return rowIn(ctx, found.plan, found.item, ref.position);
}

/** `/kpi set [plan] 1-(h) 25 [as of 2025-03-31] [note]`: staff only; nothing is written unless all is valid. */
export async function setReply(rest: string, ctx: CommandContext): Promise<Reply> {
  if (!(await ctx.isStaff())) {
    return errorReply(
      section("Only ROCB staff can record KPI figures. Ask the office if a figure needs updating."),
    );
  }
  if (/^(help|\?)?$/i.test(rest.trim())) {
    return makeReply([
      section(`*Record a KPI figure*\n${SET_USAGE}.`),
      context(
        "The plan in force is used unless you name one first: `/kpi set SAP 2022-2024 1-(h) 25`. Members as a count, shares as a percentage, scores as the mean.",
      ),
    ]);
  }
  return guard(() => {
    const req = parseSetText(rest);
    const today = todayOf(ctx);
    const row = rowOf(ctx, req.ref, req.plan);
    const value = parseValue(req.valueText, row.target);
    const asOf = req.asOf ?? today;
    checkAsOf(asOf, today, row.plan);
    recordMeasurement(
      ctx.db,
      { plan: row.plan, code: row.item.code, position: row.position },
      { value, asOf, note: req.note, recordedBy: ctx.userId, recordedAt: ctx.now },
    );
    const after = rowIn(ctx, row.plan, row.item, row.position);
    return makeReply([
      section(`Recorded *${value}* for *${kpiRef(row)}* in ${row.plan.label}, as of ${formatDate(asOf)}.`),
      section(kpiLine(after)),
    ]);
  });
}

/** `/kpi history [plan] 1-(h)`: every recorded figure, newest first. */
export function historyReply(rest: string, ctx: Ctx): Reply {
  return guard(() => {
    const { plan, ref, after } = splitRefText(rest);
    const row = rowOf(ctx, ref, plan || after.join(" "));
    const key = { plan: row.plan, code: row.item.code, position: row.position };
    return makeReply(historyBlocks(row, measurementHistory(ctx.db, key), latestMeasurement(ctx.db, key)));
  });
}

/** `/kpi` overview of a plan (the plan in force by default). */
export function overviewReply(rest: string, ctx: Ctx): Reply {
  return guard(() => {
    const plan = resolvePlan(ctx.db, rest, todayOf(ctx));
    const blocks = overviewBlocks(planOverview(ctx.db, plan.id, ctx.now, optionsOf(ctx)));
    blocks.push(context("`/kpi 1-(h)` for one item · `/kpi behind` · `/kpi export` for the table as CSV"));
    return makeReply(blocks);
  });
}

/** `/kpi behind [plan]`: every KPI behind or missed. */
export function behindReply(rest: string, ctx: Ctx): Reply {
  return guard(() => {
    const plan = resolvePlan(ctx.db, rest, todayOf(ctx));
    const { behind } = planOverview(ctx.db, plan.id, ctx.now, optionsOf(ctx));
    if (behind.length === 0) return makeReply([section(`No KPI of ${plan.label} is behind or missed.`)]);
    const lines = behind.map(behindLine);
    const blocks = [section(`*Behind or missed in ${plan.label}* (${behind.length})`)];
    for (let i = 0; i < lines.length; i += 8) blocks.push(section(lines.slice(i, i + 8).join("\n")));
    return makeReply(blocks);
  });
}

/** `/kpi export [plan]`: the whole table as a CSV file. */
export function exportReply(rest: string, ctx: Ctx): Reply {
  return guard(() => {
    const plan = resolvePlan(ctx.db, rest, todayOf(ctx));
    const all = planRows(ctx.db, plan.id, ctx.now, optionsOf(ctx));
    const content = csvOf(all);
    const rows = all.length;
    const reply = makeReply([
      section(
        `KPI table for *${plan.label}*: ${rows} KPI${rows === 1 ? "" : "s"} with target, figure and status.`,
      ),
    ]);
    reply.file = { name: `kpis-${plan.label.toLowerCase().replace(/\s+/g, "-")}.csv`, content };
    return reply;
  });
}
