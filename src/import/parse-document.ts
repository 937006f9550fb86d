import { abbreviationsIn } from "./abbreviations.ts";
import { type ReadOptions, readArticle } from "./articles/index.ts";
import type { ParsedDocument } from "./parsed.ts";
import { PlanProblem, parsePlans } from "./plans/index.ts";
import { ImportError, type SourceDocument } from "./read-document.ts";
import { parseReport } from "./reports/index.ts";

/**
 * Recognises a document by what it contains, not its name: survey results, or held workshops in a
 * document that calls itself an annual report, make it an annual report (which may carry plans as
 * annexes); plan tables alone make it a plan. Bullets or a sentence about a workshop are not a report;
 * a text that is neither may be a news article or a newsletter page about held events.
 */
export function parseDocument(doc: SourceDocument, options: ReadOptions = {}): ParsedDocument {
  const planned = readPlans(doc);
  const report = parseReport(doc.lines, planned.ranges);
  const isReport = report.surveys.length > 0 || (report.title !== null && report.workshops.length > 0);
  // A text with no report title, survey or plan may be a news article about events.
  if (report.title === null && report.surveys.length === 0 && planned.plans.length === 0) {
    const article = readArticle(doc.lines, options);
    if ("events" in article) return articleDocument(article.events);
    if ("problem" in article) throw new ImportError(doc.fileName, article.problem);
  }
  if (!isReport && planned.plans.length === 0) {
    throw new ImportError(
      doc.fileName,
      'neither a plan table (Strategic Action Plan / Annual Work Plan) nor an annual report (titled "Annual Report 2023/2024", with its workshops or survey results) was found',
    );
  }
  const plans = planned.plans.filter((p) => p.items.length > 0);
  return {
    kind: isReport ? "annual_report" : "plan",
    title: (isReport ? report.title : null) ?? plans[0]?.title ?? doc.fileName,
    plans,
    workshops: isReport ? report.workshops : [],
    surveys: report.surveys,
    abbreviations: abbreviationsIn(doc.lines),
    unplaced: [...planned.unplaced, ...(isReport ? report.unplaced : [])].sort((a, b) => a.line - b.line),
  };
}

function readPlans(doc: SourceDocument): ReturnType<typeof parsePlans> {
  try {
    return parsePlans(doc.lines);
  } catch (err) {
    if (err instanceof PlanProblem) throw new ImportError(doc.fileName, err.message, err.line);
    throw err;
  }
}

function articleDocument(events: ParsedDocument["workshops"]): ParsedDocument {
  const [first] = events;
  const title = events.length === 1 ? (first?.title ?? "") : `${events.length} events`;
  return {
    kind: "article",
    title,
    plans: [],
    workshops: events,
    surveys: [],
    abbreviations: [],
    unplaced: [],
  };
}
