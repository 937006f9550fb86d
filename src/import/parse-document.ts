import { readArticle } from "./articles/index.ts";
import type { ParsedDocument } from "./parsed.ts";
import { parsePlans } from "./plans/index.ts";
import { ImportError, type SourceDocument } from "./read-document.ts";
import { parseReport } from "./reports/index.ts";

/**
 * Recognises a document by what it contains, not its name: held workshops or survey
 * results make it an annual report (which may carry plans as annexes); plan tables alone make it a plan.
 */
export function parseDocument(doc: SourceDocument): ParsedDocument {
  const planned = parsePlans(doc.lines);
  const report = parseReport(doc.lines, planned.ranges);
  const isReport = report.workshops.length > 0 || report.surveys.length > 0;
  // A text with no report title, survey or plan may be a news article about one event.
  if (report.title === null && report.surveys.length === 0 && planned.plans.length === 0) {
    const article = readArticle(doc.lines);
    if ("event" in article) return articleDocument(article.event);
    if ("problem" in article && !isReport) throw new ImportError(doc.fileName, article.problem);
  }
  if (!isReport && planned.plans.length === 0) {
    throw new ImportError(
      doc.fileName,
      "no plan table (Strategic Action Plan / Annual Work Plan) and no workshops of an annual report were found",
    );
  }
  const plans = planned.plans.filter((p) => p.items.length > 0);
  return {
    kind: isReport ? "annual_report" : "plan",
    title: (isReport ? report.title : null) ?? plans[0]?.title ?? doc.fileName,
    plans,
    workshops: report.workshops,
    surveys: report.surveys,
    unplaced: [...planned.unplaced, ...report.unplaced].sort((a, b) => a.line - b.line),
  };
}

function articleDocument(event: ParsedDocument["workshops"][number]): ParsedDocument {
  return { kind: "article", title: event.title, plans: [], workshops: [event], surveys: [], unplaced: [] };
}
