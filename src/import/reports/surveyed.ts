import type { ParsedSurvey, ParsedWorkshop } from "../parsed.ts";
import { audienceOf } from "./audience.ts";
import { fiscalYearBounds } from "./dates.ts";
import { workshopLevelOf } from "./kinds.ts";
import { tidyTitle } from "./titles.ts";

/**
 * The workshops a Follow-Up Action Survey annex reports on, as held workshops of their printed month
 * (Annex IV of the 2017/18 report prints the FY2016/17 workshops, known from nowhere else). They are
 * the workshops the survey went to, so each is a workshop whatever its title says; the place is not
 * printed, and the administrations are those that took part.
 */
export function surveyedWorkshops(survey: ParsedSurvey, line: number): ParsedWorkshop[] {
  const year = fiscalYearBounds(survey.fiscalYear);
  return survey.rows
    .filter((r) => r.workshopMonth !== null)
    .map((r) => {
      const month = year ? inFiscalYear(r.workshopMonth as string, year) : r.workshopMonth;
      const title = tidyTitle(r.workshopTitle);
      const kind = workshopLevelOf(title);
      return {
        title,
        kind,
        countries: audienceOf([title], kind, null),
        city: null,
        hostCountry: null,
        venue: null,
        start: month,
        end: month,
        participants: null,
        administrations: r.administrations,
        sponsor: null,
        status: "held",
        line,
        serves: [],
      };
    });
}

/**
 * A month printed outside the survey's fiscal year is a misprinted year: the annex lists its workshops
 * in order, and "Apr. 2016" after "Apr. 2017" in the FY2016/17 table is April 2017. The month is kept
 * and put in the fiscal year (July-December in its first calendar year, January-June in its second).
 */
function inFiscalYear(month: string, year: { start: string; end: string }): string {
  if (month >= year.start.slice(0, 7) && month <= year.end.slice(0, 7)) return month;
  const m = month.slice(5, 7);
  return `${Number(m) >= 7 ? year.start.slice(0, 4) : year.end.slice(0, 4)}-${m}`;
}
