import type { ParsedSurvey, ParsedWorkshop, Unplaced } from "../parsed.ts";
import { readLists } from "./bullets.ts";
import { fiscalYearBounds, fiscalYearLabel } from "./dates.ts";
import { type Entry, emptyDetails } from "./entry.ts";
import { readBlocks } from "./events-2col.ts";
import { readHeadings } from "./headings.ts";
import { groupEntries, mergeGroup, sameEvent } from "./merge.ts";
import { readNarrative } from "./narrative.ts";
import { readReportTables } from "./report-tables.ts";
import { readSurvey } from "./survey-table.ts";
import { surveyedWorkshops } from "./surveyed.ts";
import { clean, maskLines } from "./text.ts";
import { splitTitlePlace } from "./titles.ts";

export interface ParsedReport {
  title: string | null;
  fiscalYear: string | null;
  workshops: ParsedWorkshop[];
  surveys: ParsedSurvey[];
  unplaced: Unplaced[];
}

/** "Annual Report 2011/2012 …" or a running header "ROCB A/P Annual Report 2017/18". */
function reportTitle(lines: string[]): { title: string; fiscalYear: string } | null {
  for (const line of lines) {
    const m = /\bAnnual Report\s+((?:19|20)\d{2})\s*\/\s*((?:19|20)?\d{2})\b/i.exec(line);
    if (m)
      return {
        title: `Annual Report ${m[1]}/${m[2]}`,
        fiscalYear: fiscalYearLabel(m[1] as string, m[2] as string),
      };
  }
  return null;
}

/**
 * Reads an annual report: the events of its year (once each, from all the places that mention them)
 * and its Follow-Up Action Survey. Events are everything the report lists or narrates with a date,
 * whether the office organised it or took part in it (meetings, forums, missions included); events
 * dated before the report's fiscal year are recollections and left out. skip = plan tables' lines.
 */
export function parseReport(lines: string[], skip: Array<[number, number]>): ParsedReport {
  const head = reportTitle(lines);
  const year = head ? fiscalYearBounds(head.fiscalYear) : null;
  const tables = readReportTables(maskLines(lines, skip));
  // A report that prints its events and survey as tables is read from them alone: its prose repeats them.
  if (tables.found) {
    return {
      title: head?.title ?? null,
      fiscalYear: head?.fiscalYear ?? null,
      workshops: distinctTitles([
        ...tables.workshops,
        ...tables.surveys.flatMap((s) => surveyedWorkshops(s, tables.ranges.find(([a]) => a > 0)?.[0] ?? 1)),
      ]),
      surveys: tables.surveys,
      unplaced: tables.unplaced,
    };
  }
  const survey = readSurvey(maskLines(lines, skip));
  const masked = maskLines(lines, survey.range ? [...skip, survey.range] : skip);

  const blocks = readBlocks(masked);
  const headings = readHeadings(masked);
  const owned = new Set([...blocks.owned, ...headings.owned]);
  const lists = readLists(masked, blocks.owned);
  const listed = new Set(lists.entries.map((e) => e.line));
  const narrative = readNarrative(masked, new Set([...owned, ...listed]));

  const unplaced: Unplaced[] = [...survey.unplaced, ...blocks.unplaced, ...lists.unplaced];
  const inYear = (e: Entry) => !year || e.start === null || e.start >= year.start.slice(0, e.start.length);
  const entries = [...blocks.entries, ...lists.entries, ...headings.entries, ...narrative].filter(inYear);
  const groups = groupEntries(
    entries.filter((e) => e.start !== null),
    year,
  );
  // An undated mention joins its dated twin: its title may name the audience ("… for Pacific Islands").
  for (const e of entries.filter((x) => x.start === null)) {
    const twin = datedTwin(groups, e);
    if (twin) twin.push(e);
    else unplaced.push({ line: e.line, text: `event with no date: ${e.title}` });
  }
  for (const u of lists.undated) {
    const probe = { ...entryOf(u.title), line: u.line };
    const twin = datedTwin(groups, probe);
    if (twin) twin.push(probe);
    else unplaced.push({ line: u.line, text: `event listed without a date: ${clean(u.title)}` });
  }
  const surveyed = survey.survey && survey.range ? surveyedWorkshops(survey.survey, survey.range[0]) : [];
  const workshops = distinctTitles(
    [...groups.map((g) => mergeGroup(g, unplaced)), ...surveyed].sort((a, b) => a.line - b.line),
  );
  return {
    title: head?.title ?? null,
    fiscalYear: head?.fiscalYear ?? null,
    workshops,
    surveys: survey.survey ? [survey.survey] : [],
    unplaced: unplaced.sort((a, b) => a.line - b.line),
  };
}

function entryOf(text: string): Entry {
  const { title } = splitTitlePlace(text);
  return {
    source: "summary",
    title,
    line: 0,
    start: null,
    end: null,
    city: null,
    country: null,
    ...emptyDetails(),
  };
}

/** The group of dated mentions whose title is nearest an undated mention's, if any is near enough. */
function datedTwin(groups: Entry[][], e: Entry): Entry[] | undefined {
  let best: { group: Entry[]; score: number } | undefined;
  for (const group of groups) {
    const score = Math.max(...group.map((m) => sameEvent({ ...e, start: m.start, end: m.end }, m, null)));
    if (score > 0 && (!best || score > best.score)) best = { group, score };
  }
  return best?.group;
}

/**
 * The importer keys a held workshop by its start and title; one title on one day in two places (a
 * ceremony in two capitals) gets its place appended so both are kept.
 */
function distinctTitles(workshops: ParsedWorkshop[]): ParsedWorkshop[] {
  const seen = new Set<string>();
  return workshops.map((w) => {
    const key = `${w.start} ${w.title.toLowerCase()}`;
    const place = w.city ?? w.countries[0];
    const out = seen.has(key) && place ? { ...w, title: `${w.title} (${place})` } : w;
    seen.add(`${out.start} ${out.title.toLowerCase()}`);
    return out;
  });
}
