import { DateTime } from "luxon";
import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";
import { KpiError } from "./errors.ts";
import type { KpiPlan } from "./plans.ts";
import { parseKpiRef } from "./plans.ts";
import { type Target, targetMaximum, wholeNumbers } from "./targets.ts";

/** Which KPI a measurement belongs to; stable across re-imports of the plan. */
export interface KpiKey {
  plan: Pick<KpiPlan, "kind" | "periodStart" | "periodEnd">;
  code: string;
  position: number;
}

export interface Measurement {
  id: number;
  value: number;
  asOf: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

interface MeasurementRow {
  id: number;
  value: number;
  as_of: string;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

const toMeasurement = (r: MeasurementRow): Measurement => ({
  id: r.id,
  value: r.value,
  asOf: r.as_of,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

const WHERE = "plan_kind = ? AND plan_start = ? AND plan_end = ? AND code = ? AND position = ?";
const keyParams = (k: KpiKey) => [k.plan.kind, k.plan.periodStart, k.plan.periodEnd, k.code, k.position];

export function recordMeasurement(
  db: Db,
  key: KpiKey,
  m: { value: number; asOf: string; note: string | null; recordedBy: string; recordedAt: Date },
): Measurement {
  // In a transaction of its own: better-sqlite3's get() on INSERT … RETURNING resets the statement without
  // reporting a failed commit (a full disk), so the figure would be shown as recorded and then lost.
  return db.transaction(() => insertMeasurement(db, key, m))();
}

function insertMeasurement(
  db: Db,
  key: KpiKey,
  m: { value: number; asOf: string; note: string | null; recordedBy: string; recordedAt: Date },
): Measurement {
  const row = stmt(
    db,
    `INSERT INTO kpi_measurements (plan_kind, plan_start, plan_end, code, position, value, as_of, note,
       recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     RETURNING id, value, as_of, note, recorded_by, recorded_at`,
  ).get(
    ...keyParams(key),
    m.value,
    m.asOf,
    m.note,
    m.recordedBy,
    m.recordedAt.toISOString(),
  ) as MeasurementRow;
  return toMeasurement(row);
}

/** Every measurement of a KPI, the most recently recorded first. */
export function measurementHistory(db: Db, key: KpiKey): Measurement[] {
  const rows = stmt(
    db,
    `SELECT id, value, as_of, note, recorded_by, recorded_at FROM kpi_measurements WHERE ${WHERE}
     ORDER BY recorded_at DESC, id DESC`,
  ).all(...keyParams(key)) as MeasurementRow[];
  return rows.map(toMeasurement);
}

const IN_USE_ORDER = "as_of DESC, recorded_at DESC, id DESC";

/** The measurement in use: the latest as-of date, and of those the last recorded. */
export function latestMeasurement(db: Db, key: KpiKey): Measurement | null {
  const row = stmt(
    db,
    `SELECT id, value, as_of, note, recorded_by, recorded_at FROM kpi_measurements WHERE ${WHERE}
     ORDER BY ${IN_USE_ORDER} LIMIT 1`,
  ).get(...keyParams(key)) as MeasurementRow | undefined;
  return row ? toMeasurement(row) : null;
}

/** `1-(h)#2`: how `latestMeasurements` keys a KPI. */
export const measurementKey = (code: string, position: number) => `${code}#${position}`;

/** The measurement in use of every KPI of a plan, by `measurementKey`. */
export function latestMeasurements(db: Db, plan: KpiKey["plan"]): Map<string, Measurement> {
  const rows = stmt(
    db,
    `SELECT id, code, position, value, as_of, note, recorded_by, recorded_at FROM (
       SELECT *, row_number() OVER (PARTITION BY code, position ORDER BY ${IN_USE_ORDER}) AS nth
       FROM kpi_measurements WHERE plan_kind = ? AND plan_start = ? AND plan_end = ?)
     WHERE nth = 1`,
  ).all(plan.kind, plan.periodStart, plan.periodEnd) as Array<
    MeasurementRow & { code: string; position: number }
  >;
  const latest = new Map<string, Measurement>();
  for (const r of rows) latest.set(measurementKey(r.code, r.position), toMeasurement(r));
  return latest;
}

/** `/kpi set` text: `[plan] 1-(i)#2 4 [as of 2025-03-31] [note]`. */
export interface SetRequest {
  plan: string;
  ref: { pillar: number; letter: string; position: number };
  valueText: string;
  asOf: string | null;
  note: string | null;
}

export const SET_USAGE =
  "`/kpi set 1-(h) 25 as of 2025-03-31 note`, or `/kpi set 1-(i)#2 4` for the second KPI";

/** Splits `[plan] code rest` for `set` and `history`; the plan may also follow the code in `history`. */
export function splitRefText(text: string): {
  plan: string;
  ref: SetRequest["ref"];
  after: string[];
} {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t) => parseKpiRef(t) !== null);
  const ref = at >= 0 ? parseKpiRef(tokens[at] as string) : null;
  if (!ref) {
    throw new KpiError(
      "bad_code",
      "Name the action item by its code, like `1-(h)`, or `1-(i)#2` for its second KPI.",
    );
  }
  return { plan: tokens.slice(0, at).join(" "), ref, after: tokens.slice(at + 1) };
}

export function parseSetText(text: string): SetRequest {
  const { plan, ref, after } = splitRefText(text);
  const [valueText, ...rest] = after;
  if (!valueText) throw new KpiError("usage", `Give the figure after the code: ${SET_USAGE}.`);
  let asOf: string | null = null;
  let noteTokens = rest;
  if (rest[0]?.toLowerCase() === "as" && rest[1]?.toLowerCase() === "of") {
    const parsed = readDate(rest.slice(2));
    if (!parsed) {
      throw new KpiError(
        "bad_date",
        `I can't read the date after "as of"; write it like 2025-03-31 or 31 Mar 2025.`,
      );
    }
    asOf = parsed.iso;
    noteTokens = rest.slice(2 + parsed.used);
  }
  const note = noteTokens
    .join(" ")
    .replace(/^["“]|["”]$/g, "")
    .trim();
  return { plan, ref, valueText, asOf, note: note === "" ? null : note };
}

// "2025-03-31", "31 Mar 2025", "31 March 2025", "31/03/2025".
function readDate(tokens: string[]): { iso: string; used: number } | null {
  const one = tokens[0] ?? "";
  for (const format of ["yyyy-MM-dd", "d/M/yyyy"]) {
    const d = DateTime.fromFormat(one, format, { zone: "UTC" });
    if (d.isValid) return { iso: d.toISODate() as string, used: 1 };
  }
  const three = tokens.slice(0, 3).join(" ");
  for (const format of ["d MMM yyyy", "d MMMM yyyy"]) {
    const d = DateTime.fromFormat(three, format, { zone: "UTC", locale: "en" });
    if (d.isValid) return { iso: d.toISODate() as string, used: 3 };
  }
  return null;
}

/** A figure typed by staff, checked against what the target can hold. */
export function parseValue(text: string, target: Target | null): number {
  const t = text.trim();
  const m = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(t);
  if (!m?.[2]) {
    throw new KpiError(
      "bad_value",
      `"${t}" is not a number. Write the figure as a number, e.g. ${SET_USAGE}.`,
    );
  }
  if (m[1] === "-" && Number(m[2]) !== 0)
    throw new KpiError("bad_value", `A figure cannot be negative (${t}).`);
  const value = Number(m[2]);
  if (!target || target.kind === "text") return value;
  if (wholeNumbers(target) && !Number.isInteger(value)) {
    throw new KpiError(
      "bad_value",
      `${t} is not a whole number, and "${oneLine(target.text)}" counts whole ones.`,
    );
  }
  if (m[3] === "%" && target.kind !== "share" && target.kind !== "growth") {
    throw new KpiError(
      "bad_value",
      `"${oneLine(target.text)}" is not a percentage; write the figure without %.`,
    );
  }
  const max = targetMaximum(target);
  if (max !== null && value > max) {
    const unit = target.kind === "members" ? ` Members` : target.kind === "share" ? "%" : "";
    throw new KpiError(
      "bad_value",
      `${t} is more than ${max}${unit}, the most "${oneLine(target.text)}" can reach. Nothing was recorded.`,
    );
  }
  return value;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The as-of date checked against today and the plan period. */
export function checkAsOf(asOf: string, today: string, plan: KpiPlan): void {
  if (asOf > today)
    throw new KpiError("bad_date", `The as-of date ${asOf} is in the future; a figure describes the past.`);
  if (asOf < plan.periodStart) {
    throw new KpiError(
      "bad_date",
      `The as-of date ${asOf} is before ${plan.label} began (${plan.periodStart}).`,
    );
  }
}
