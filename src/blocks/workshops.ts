import type { KnownBlock, TableBlock } from "@slack/types";
import type { Plan } from "../catalogue/plans.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import { canonicalCountries, canonicalCountry } from "../search/countries.ts";
import { context, fields, header, section } from "./builders.ts";
import { chart } from "./charts.ts";
import { fiscalYearOf, formatDateRange } from "./dates.ts";
import { escapeMrkdwn as esc, oneLine, quote, truncate } from "./escape.ts";
import type { DataVisualizationBlock } from "./kit.ts";
import { LIMITS } from "./limits.ts";
import { type Cell, table } from "./table.ts";

const KIND_LABEL: Record<Workshop["kind"], string> = {
  national: "National",
  "sub-regional": "Sub-regional",
  regional: "Regional",
  accreditation: "Accreditation",
  seminar: "Seminar",
  meeting: "Meeting",
  conference: "Conference",
  ceremony: "Ceremony",
  mission: "Mission",
  other: "Other",
};

export const kindLabel = (w: Workshop) => KIND_LABEL[w.kind] ?? w.kind;

const joinPlaces = (parts: Array<string | null>) =>
  [...new Set(parts.filter((p): p is string => !!p && p.trim() !== ""))].join(", ");

/** Where it was held, in full: "Bangkok Marriott, Bangkok, Thailand". */
export function placeOf(w: Workshop): string {
  return joinPlaces([w.venue, w.city, w.hostCountry ? canonicalCountry(w.hostCountry) : null]);
}

/**
 * Who it was for and where it was held, apart: "for Fiji, Samoa · in Suva, Fiji"; a regional workshop
 * naming no Members is for the region: "regional · in Kashiwa, Japan".
 */
export function audienceAndPlace(w: Workshop): string {
  const regional = w.kind === "regional" || w.kind === "sub-regional";
  const countries = canonicalCountries(w.countries);
  const audience = countries.length ? `for ${truncate(countries.join(", "), 300)}` : regional ? w.kind : "";
  const place = joinPlaces([w.city, w.hostCountry ? canonicalCountry(w.hostCountry) : null]);
  return [audience, place ? `in ${place}` : ""].filter(Boolean).join(" · ");
}

/** Where a workshop was held and whom it was for, as a survey names it (Members as one joined text). */
export interface PlaceOfWorkshop {
  city: string | null;
  hostCountry: string | null;
  /** "Fiji, Samoa", as joined by the query; empty when not recorded. */
  countries: string;
}

/**
 * "in Suva, Fiji · for Fiji, Samoa": where it was held, then whom it was for, never run together into
 * "Suva, Fiji, Samoa" (which reads as a place in Samoa).
 */
export function placeThenAudience(p: PlaceOfWorkshop): string {
  const place = joinPlaces([p.city, p.hostCountry ? canonicalCountry(p.hostCountry) : null]);
  return [place ? `in ${place}` : "", p.countries ? `for ${p.countries}` : ""].filter(Boolean).join(" · ");
}

/** Plans as the wording of undated workshops needs them. */
export type PlanPeriod = Pick<Plan, "label" | "periodEnd">;

/**
 * What to say instead of dates for a workshop without them: "date to be confirmed" while a plan that
 * lists it is running; once every such plan has ended, that nothing was recorded, not a promise.
 */
export function undatedWording(plans: readonly PlanPeriod[], today: string): (w: Workshop) => string {
  const ended = new Map(plans.filter((p) => p.periodEnd < today).map((p) => [p.label, p]));
  return (w) => {
    const labels = [...new Set(w.items.map((i) => i.planLabel))];
    if (labels.length === 0 || !labels.every((l) => ended.has(l))) return "date to be confirmed";
    return `planned in ${labels.join(", ")}, no date or outcome recorded`;
  };
}

/** The full record for `/workshops show`. */
export function workshopCard(
  w: Workshop,
  surveyStatus: string | null,
  undated: (w: Workshop) => string = () => "date to be confirmed",
): KnownBlock[] {
  const count = (n: number | null) => (n === null ? null : String(n));
  const countries = canonicalCountries(w.countries);
  const blocks: KnownBlock[] = [
    header(oneLine(w.title)),
    ...fields([
      ["Dates", w.startDate ? formatDateRange(w.startDate, w.endDate) : undated(w)],
      ["Kind", kindLabel(w)],
      ["Status", w.status],
      ["Place", esc(placeOf(w))],
      ["Sponsor", w.sponsor ? esc(w.sponsor) : null],
      ["Participants", count(w.participants)],
      ["Administrations", count(w.administrations)],
      ["For", countries.length ? esc(truncate(countries.join(", "), 1500)) : null],
    ]),
  ];
  if (w.items.length) {
    const lines = w.items
      .slice(0, 20)
      .map((i) => `• *${i.code}* (${esc(i.planLabel)}) ${quote(i.action, 110)}`);
    if (w.items.length > 20) lines.push(`…and ${w.items.length - 20} more.`);
    blocks.push(section(`*Action items served*\n${lines.join("\n")}`));
  } else {
    blocks.push(section("*Action items served*\nNone recorded."));
  }
  if (surveyStatus) blocks.push(section(surveyStatus));
  blocks.push(context(`id ${w.id}`, w.documentTitle ? `Source: ${esc(w.documentTitle)}` : "Added by staff"));
  return blocks;
}

/** A row of a workshop table: the workshop, or a group's heading ("Date to be confirmed (AWP 2024-2025)"). */
export type WorkshopRow = { workshop: Workshop } | { heading: string };

/**
 * Workshops as one table: date · workshop · kind · for · in · sponsor · participants · id. Who it was for
 * and where it was held stay apart ("for Fiji, Samoa" · "in Suva, Fiji").
 */
export function workshopTable(
  rows: readonly WorkshopRow[],
  undated: (w: Workshop) => string = () => "date to be confirmed",
): TableBlock {
  const cells = rows.map((r): Cell[] => {
    if ("heading" in r) return ["", `▸ ${r.heading}`];
    const w = r.workshop;
    const when = w.startDate ? formatDateRange(w.startDate, w.endDate) : undated(w);
    const place = joinPlaces([w.city, w.hostCountry ? canonicalCountry(w.hostCountry) : null]);
    const countries = canonicalCountries(w.countries);
    const regional = w.kind === "regional" || w.kind === "sub-regional";
    return [
      w.status === "cancelled" ? `${when} (cancelled)` : when,
      w.title,
      kindLabel(w),
      countries.length ? countries.join(", ") : regional ? "the region" : "",
      place,
      w.sponsor,
      w.participants,
      w.id,
    ];
  });
  return table(
    [
      { title: "Date", width: 60, wrap: true },
      { title: "Workshop", width: 160, wrap: true },
      { title: "Kind", width: 20 },
      { title: "For", width: 120, wrap: true },
      { title: "In", width: 80, wrap: true },
      { title: "Sponsor", width: 60, wrap: true },
      { title: "Participants", align: "right" },
      { title: "Id", align: "right" },
    ],
    cells,
  );
}

const WORKSHOP_KINDS: readonly Workshop["kind"][] = [
  "national",
  "sub-regional",
  "regional",
  "accreditation",
  "seminar",
];

/**
 * "Workshops held per fiscal year, by kind": one bar per kind of workshop in each fiscal year, the latest
 * 20 fiscal years (a line says so when older ones are left out); other events are not counted. Null when
 * no held workshop has a date.
 */
export function heldChart(
  workshops: readonly Workshop[],
): { chart: DataVisualizationBlock; note: string } | null {
  const held = workshops.filter((w) => w.status === "held" && w.startDate && WORKSHOP_KINDS.includes(w.kind));
  if (held.length === 0) return null;
  const years = [...new Set(held.map((w) => `FY${fiscalYearOf(w.startDate as string)}`))].sort();
  const shown = years.slice(-LIMITS.chartPoints);
  const kinds = WORKSHOP_KINDS.filter((k) => held.some((w) => w.kind === k));
  const count = (kind: string, fy: string) =>
    held.filter((w) => w.kind === kind && `FY${fiscalYearOf(w.startDate as string)}` === fy).length;
  const cut = years.length - shown.length;
  return {
    chart: chart({
      title: "Workshops held per fiscal year, by kind",
      type: "bar",
      categories: shown,
      series: kinds.map((k) => ({ name: KIND_LABEL[k], values: shown.map((fy) => count(k, fy)) })),
      yLabel: "workshops",
    }),
    note:
      cut > 0 ? `The chart shows the latest ${shown.length} fiscal years; ${cut} earlier are left out.` : "",
  };
}
