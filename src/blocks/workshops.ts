import type { KnownBlock } from "@slack/types";
import type { Plan } from "../catalogue/plans.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import { ACTION_IDS } from "../reply.ts";
import { canonicalCountries, canonicalCountry } from "../search/countries.ts";
import { button, context, fields, header, section } from "./builders.ts";
import { formatDateRange } from "./dates.ts";
import { escapeMrkdwn as esc, oneLine, quote, truncate } from "./escape.ts";

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

/** One workshop in a list, in two lines: the title; date · kind · for … · in … · sponsor · participants. */
export function workshopEntry(
  w: Workshop,
  undated: (w: Workshop) => string = () => "date to be confirmed",
): KnownBlock {
  const when = w.startDate ? formatDateRange(w.startDate, w.endDate) : undated(w);
  const where = audienceAndPlace(w);
  const line2 = [
    when,
    // "regional · in Kashiwa, Japan" already says the kind.
    where.startsWith(w.kind) ? "" : kindLabel(w),
    where,
    w.sponsor ? w.sponsor : "",
    // "How many attended?" is asked of lists too; the count is one short phrase.
    w.participants !== null ? `${w.participants} participants` : "",
  ]
    .filter(Boolean)
    .map(esc);
  const status = w.status === "cancelled" ? " · *cancelled*" : "";
  const text = `*${quote(w.title, 200)}*\n${line2.join(" · ")}${status} · id ${w.id}`;
  return section(text, button("Details", ACTION_IDS.workshopShow, String(w.id)));
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
