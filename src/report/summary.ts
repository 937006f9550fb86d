import { TRAINING_KINDS, WORKSHOP_KINDS } from "../catalogue/vocabulary.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import type { ReportTable } from "./blocks.ts";
import type { ReportData } from "./query.ts";

const NO_SPONSOR = "no sponsor recorded";
const OTHER_EVENTS = "other events";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How many of each kind, in the vocabulary's order, leaving out kinds with none. */
function byKind(events: readonly Workshop[]): string {
  return WORKSHOP_KINDS.map((kind) => [kind, events.filter((w) => w.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
}

/** A sum over the workshops that give the figure, saying how many do not. */
function figure(events: readonly Workshop[], of: (w: Workshop) => number | null): string {
  const known = events.filter((w) => of(w) !== null);
  const total = known.reduce((n, w) => n + (of(w) ?? 0), 0);
  if (known.length === 0) return "no workshop gives the figure";
  const missing = events.length - known.length;
  return `${total} in the ${plural(known.length, "workshop")} that give the figure${
    missing > 0 ? ` (${missing} ${missing === 1 ? "does" : "do"} not)` : ""
  }`;
}

/** The summary's sentences: what was held, by kind; participants and administrations; the others apart. */
export function summaryOf(data: ReportData): string[] {
  const fy = `FY${data.fiscalYear.label}`;
  const { workshops, others } = data;
  if (workshops.length === 0 && others.length === 0) {
    return [`The catalogue holds no workshop or other event held in ${fy}.`];
  }
  const out = [
    workshops.length > 0
      ? `In ${fy} the office held ${plural(workshops.length, "workshop")}: ${byKind(workshops)}.`
      : `The catalogue holds no workshop held in ${fy}.`,
  ];
  if (workshops.length > 0) {
    out.push(
      `Participants: ${figure(workshops, (w) => w.participants)}. Administrations taking part: ${figure(workshops, (w) => w.administrations)}.`,
    );
    // The office's own key figure: regional and sub-regional workshops, accreditation workshops apart.
    const regional = workshops.filter((w) => w.kind === "regional" || w.kind === "sub-regional");
    if (regional.length > 0) {
      out.push(
        `Regional and sub-regional workshops (accreditation workshops apart, as the office counts them): ${regional.length}; participants: ${figure(regional, (w) => w.participants)}.`,
      );
    }
  }
  out.push(
    others.length > 0
      ? `Counted apart: ${plural(others.length, "other event")} the office took part in (${byKind(others)}).`
      : "No other event (meeting, conference, mission) is recorded for the year.",
  );
  return out;
}

/** Workshops by kind (rows) and sponsor (columns, most events first); other events in a row of their own. */
export function summaryTable(data: ReportData): ReportTable {
  const all = [...data.workshops, ...data.others];
  const sponsorOf = (w: Workshop) => w.sponsor ?? NO_SPONSOR;
  const tally = new Map<string, number>();
  for (const w of all) tally.set(sponsorOf(w), (tally.get(sponsorOf(w)) ?? 0) + 1);
  const sponsors = [...tally]
    .sort(
      (a, b) =>
        Number(a[0] === NO_SPONSOR) - Number(b[0] === NO_SPONSOR) || b[1] - a[1] || a[0].localeCompare(b[0]),
    )
    .map(([s]) => s);
  const row = (label: string, events: readonly Workshop[]) => [
    label,
    ...sponsors.map((s) => events.filter((w) => sponsorOf(w) === s).length),
    events.length,
  ];
  const kinds = TRAINING_KINDS.filter((k) => data.workshops.some((w) => w.kind === k));
  return {
    name: "summary",
    header: ["Kind", ...sponsors, "Total"],
    rows: [
      ...kinds.map((k) =>
        row(
          k,
          data.workshops.filter((w) => w.kind === k),
        ),
      ),
      ...(data.others.length > 0 ? [row(OTHER_EVENTS, data.others)] : []),
    ],
    totals: [row("workshops", data.workshops)],
  };
}
