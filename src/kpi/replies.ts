import { context, header, section } from "../blocks/builders.ts";
import { formatDate, officeToday } from "../blocks/dates.ts";
import { escapeMrkdwn as esc, oneLine, quote, truncate } from "../blocks/escape.ts";
import type { ReplyBlock } from "../blocks/kit.ts";
import { errorReply, makeReply } from "../blocks/reply.ts";
import type { CommandContext } from "../context.ts";
import type { Db } from "../db/open.ts";
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
  type SetRequest,
  splitRefText,
} from "./measurements.ts";
import { type KpiItem, type KpiPlan, matchPlanText, resolveItem, resolvePlan } from "./plans.ts";
import {
  behindTable,
  gapsText,
  historyBlocks,
  kpiGaps,
  kpiLine,
  kpiRef,
  type OverviewGaps,
  overviewBlocks,
} from "./render.ts";
import {
  csvOf,
  itemRows,
  type KpiRow,
  type PlanOverview,
  planOverview,
  planRows,
  type ReportOptions,
} from "./report.ts";

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

/** No plan name is this long: refused here, so the sentence echoing it stays short and whole. */
const PLAN_NAME_MAX = 60;

/** `text` as a plan selector, or a sentence saying it names no plan. */
function selectorOf(text: string): string {
  if (text.trim().length <= PLAN_NAME_MAX) return text;
  throw new KpiError(
    "no_plan",
    `"${cut(text)}" is not a plan. Name it like \`SAP 2022-2024\` or \`AWP 2024-2025\`.`,
  );
}

function rowOf(ctx: Ctx, ref: { pillar: number; letter: string; position: number }, plan: string): KpiRow {
  const found = resolveItem(ctx.db, ref, selectorOf(plan), todayOf(ctx));
  return rowIn(ctx, found.plan, found.item, ref.position);
}

/** A plan named in words (`SAP 2022-2024`, `AWP 2024-25`, `FY2024/25`, `2022-2024`), not a date or a bare year. */
const NAMED_PLAN =
  /(?<![\w/-])(?:(?:awp|sap)\s*(?:fy\s*)?\d{4}(?:\s*[-/]\s*\d{2,4})?|fy\s*\d{4}(?:\s*[-/]\s*\d{2,4})?|\d{4}\s*[-/]\s*\d{2,4})(?![\w/-])/gi;
const BARE_YEAR = /(?<![\w/-])(?:19|20)\d{2}(?![\w/-])/g;

const NOTHING = "Nothing was recorded.";

/** User text inside a KpiError message: short and on one line (`guard` escapes the whole sentence). */
const cut = (text: string) => truncate(oneLine(text), 60);

/** The one plan `selector` names, or a refusal: a figure must never land in a plan nobody meant. */
function onlyPlan(ctx: Ctx, selector: string): KpiPlan {
  const plans = matchPlanText(ctx.db, selector);
  const [plan] = plans;
  if (!plan) {
    throw new KpiError("no_plan", `There is no plan "${cut(selector)}" in the catalogue. ${NOTHING}`);
  }
  if (plans.length > 1) {
    throw new KpiError(
      "no_plan",
      `"${cut(selector)}" could name ${plans.map((p) => p.label).join(" or ")}. ${NOTHING} Name the plan in full, e.g. \`/kpi set ${plan.label} 1-(a) 25\`.`,
    );
  }
  return plan;
}

/**
 * The plan a `/kpi set` means, wherever it is named (before the code, or after the figure), and the note
 * without it. Two different plans, a plan the catalogue lacks, or a year in the note that could name a
 * plan are refused: the person says which plan, rather than the figure going to the plan in force.
 */
function planOfSet(ctx: Ctx, req: SetRequest): { plan: string; note: string | null } {
  const note = req.note ?? "";
  const named = [...note.matchAll(NAMED_PLAN)].map((m) => m[0]);
  const selectors = [req.plan, ...named].filter((t) => t.trim() !== "");
  const plans = selectors.map((t) => onlyPlan(ctx, t));
  const [first] = plans;
  if (plans.some((p) => p.id !== first?.id)) {
    const labels = [...new Set(plans.map((p) => p.label))].join(" and ");
    throw new KpiError("no_plan", `The command names two plans, ${labels}. ${NOTHING}`);
  }
  const rest = note.replace(NAMED_PLAN, " ").replace(/\s+/g, " ").trim();
  if (!first) {
    for (const year of rest.match(BARE_YEAR) ?? []) {
      const could = matchPlanText(ctx.db, year);
      if (could.length === 0) continue;
      throw new KpiError(
        "no_plan",
        `"${year}" in the note could name ${could.map((p) => p.label).join(" or ")}. ${NOTHING} Name the plan before the code (\`/kpi set ${could[0]?.label} ${req.ref.pillar}-(${req.ref.letter}) …\`), or leave the year out of the note.`,
      );
    }
  }
  return { plan: first ? (selectors[0] ?? "") : "", note: rest === "" ? null : rest };
}

/** `/kpi set [plan] 1-(h) 25 [as of 2025-03-31] [note] [plan]`: staff only; nothing is written unless all is valid. */
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
    const { plan, note } = planOfSet(ctx, req);
    const today = todayOf(ctx);
    const row = rowOf(ctx, req.ref, plan);
    const value = parseValue(req.valueText, row.target);
    const asOf = req.asOf ?? today;
    checkAsOf(asOf, today, row.plan);
    recordMeasurement(
      ctx.db,
      { plan: row.plan, code: row.item.code, position: row.position },
      { value, asOf, note, recordedBy: ctx.userId, recordedAt: ctx.now },
    );
    const after = rowIn(ctx, row.plan, row.item, row.position);
    return makeReply([
      section(`Recorded *${value}* for *${kpiRef(row)}* in ${row.plan.label}, as of ${formatDate(asOf)}.`),
      section(kpiLine(after, { staff: true, today })),
    ]);
  });
}

/** `/kpi history [plan] 1-(h)`: every recorded figure, newest first. */
export function historyReply(rest: string, ctx: Ctx): Reply {
  return guard(() => {
    const { plan, ref, after } = splitRefText(rest);
    const row = rowOf(ctx, ref, plan || after.join(" "));
    const key = { plan: row.plan, code: row.item.code, position: row.position };
    // The history names who recorded each figure: it is the staff's view, whoever asks.
    const view = { staff: true, today: todayOf(ctx) };
    return makeReply(
      historyBlocks(row, measurementHistory(ctx.db, key), latestMeasurement(ctx.db, key), view),
    );
  });
}

/** The plan a selector names (the plan in force without one), and a line naming the others it also names. */
function namedPlan(ctx: Ctx, rest: string, command: string): { plan: KpiPlan; others: string | null } {
  const plan = resolvePlan(ctx.db, selectorOf(rest), todayOf(ctx));
  const also = rest.trim() ? matchPlanText(ctx.db, rest).filter((p) => p.id !== plan.id) : [];
  const others = also.length
    ? `"${quote(rest, 40)}" also names ${also.map((p) => `${p.label} (\`${command} ${p.label}\`)`).join(", ")}.`
    : null;
  return { plan, others };
}

/** Overview counts, with the KPIs that cannot be judged, as this person may act on them. */
export function overviewWithGaps(
  db: Db,
  planId: number,
  now: Date,
  options: ReportOptions,
  staff: boolean,
): PlanOverview & OverviewGaps {
  const today = officeToday(now, options.timeZone ?? "UTC");
  const rows = planRows(db, planId, now, options);
  const gaps = kpiGaps(rows, today);
  const pillarGaps = [1, 2, 3, 4].map((p) =>
    kpiGaps(
      rows.filter((r) => r.item.pillar === p),
      today,
    ),
  );
  return { ...planOverview(db, planId, now, options), gaps, pillarGaps, staff, today };
}

/** `/kpi` overview of a plan (the plan in force by default). */
export async function overviewReply(rest: string, ctx: CommandContext): Promise<Reply> {
  const staff = await ctx.isStaff();
  return guard(() => {
    const { plan, others } = namedPlan(ctx, rest, "/kpi overview");
    const blocks = overviewBlocks(overviewWithGaps(ctx.db, plan.id, ctx.now, optionsOf(ctx), staff));
    if (others) blocks.push(context(others));
    blocks.push(context("`/kpi 1-(h)` for one item · `/kpi behind` · `/kpi export` for the table as CSV"));
    return makeReply(blocks);
  });
}

/** `/kpi behind [plan]`: every KPI behind or missed; when none, how many cannot be judged and why. */
export async function behindReply(rest: string, ctx: CommandContext): Promise<Reply> {
  const staff = await ctx.isStaff();
  return guard(() => {
    const { plan, others } = namedPlan(ctx, rest, "/kpi behind");
    const o = overviewWithGaps(ctx.db, plan.id, ctx.now, optionsOf(ctx), staff);
    const tail = others ? [context(others)] : [];
    if (o.behind.length === 0) {
      const gaps = gapsText(o.gaps, staff, plan.label);
      // After a plan's period, "nothing behind" must not read as if the plan were still running.
      const ended =
        plan.periodEnd < todayOf(ctx) ? ` ${plan.label} ended on ${formatDate(plan.periodEnd)}.` : "";
      const sentence = gaps
        ? `No KPI of ${plan.label} is known to be behind or missed.${ended} ${gaps}`
        : `No KPI of ${plan.label} is behind or missed.${ended}`;
      return makeReply([section(sentence), ...tail]);
    }
    const blocks: ReplyBlock[] = [
      header(`Behind or missed in ${plan.label} (${o.behind.length})`),
      behindTable(o.behind),
    ];
    const gaps = gapsText(o.gaps, staff, plan.label);
    if (gaps) blocks.push(context(gaps));
    return makeReply([...blocks, ...tail]);
  });
}

/** `/kpi export [plan]`: the whole table as a CSV file. */
export function exportReply(rest: string, ctx: Ctx): Reply {
  return guard(() => {
    const plan = resolvePlan(ctx.db, selectorOf(rest), todayOf(ctx));
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
