import { type Block, heading, MISSING, paragraph, type ReportTable, table } from "./blocks.ts";
import type { ReportData } from "./query.ts";
import { summaryOf, summaryTable } from "./summary.ts";
import { kpiBlocks, planAnnexBlocks, planCsvTable } from "./tables-plan.ts";
import { surveyBlocks } from "./tables-survey.ts";
import { heldTable } from "./tables-workshops.ts";

export interface ReportModel {
  /** "2017/18" */
  fiscalYear: string;
  /** "Annual Report 2017/18": the title the importer recognises a report by. */
  title: string;
  /** True when the catalogue holds nothing for the year: no document should be made. */
  empty: boolean;
  /** The sentences of the summary, and its table (kind by sponsor). */
  summary: { sentences: string[]; table: ReportTable };
  blocks: Block[];
  /** Every table, as its CSV is written. */
  csv: ReportTable[];
}

/** The annual report of one fiscal year, as blocks any writer (Word, CSV, Slack) prints. */
export function reportModel(data: ReportData): ReportModel {
  const fy = data.fiscalYear.label;
  const empty =
    data.workshops.length === 0 && data.others.length === 0 && data.survey.lines.length === 0 && !data.plan;
  const summary = summaryOf(data);
  const sumTable = summaryTable(data);
  const held = heldTable("workshops-held", data.workshops);
  const others = heldTable("other-events", data.others);
  const survey = surveyBlocks(data.survey);
  const kpis = kpiBlocks(data);
  const blocks: Block[] = [
    heading("Summary"),
    ...summary.map(paragraph),
    ...(data.workshops.length + data.others.length > 0 ? [table(sumTable)] : []),
    paragraph(`A figure the catalogue does not hold is printed as ${MISSING}.`),
    heading(`Workshops held in FY${fy}`),
    ...(data.workshops.length > 0
      ? [table(held)]
      : [paragraph(`The catalogue holds no workshop held in FY${fy}.`)]),
    heading(`Other events of FY${fy}`),
    ...(data.others.length > 0
      ? [
          paragraph(
            "Meetings, conferences, ceremonies, missions and partners' events the office took part in.",
          ),
          table(others),
        ]
      : [paragraph(`The catalogue holds no other event of FY${fy}.`)]),
    ...survey.blocks,
    ...kpis.blocks,
    ...planAnnexBlocks(data),
  ];
  const planCsv = data.planItems.length > 0 && data.plan ? [planCsvTable(data.planItems)] : [];
  return {
    fiscalYear: fy,
    title: `Annual Report ${fy}`,
    empty,
    summary: { sentences: summary, table: sumTable },
    blocks,
    csv: [sumTable, held, others, ...survey.tables, ...kpis.tables, ...planCsv],
  };
}
