import { type Block, type Cell, MISSING, OFFICE, type ReportTable } from "./blocks.ts";
import type { ReportModel } from "./model.ts";

// The docx package is loaded when a report is made, not when the bot starts: most processes never make one.
type Docx = typeof import("docx");

// Sizes in half-points: 8 pt in tables, so ten columns fit a landscape page.
const TABLE_TEXT = 16;
const BODY_TEXT = 21;
const TABLE_STYLE = "TableText";
// A landscape A4 page less Word's default margins (1 inch each side), in twentieths of a point.
const BODY_WIDTH = 16838 - 2 * 1440;

const cellText = (c: Exclude<Cell, string[]>) => (c === null ? MISSING : String(c));

function tableOf(d: Docx, t: ReportTable) {
  const shares = t.widths ?? t.header.map(() => 100 / t.header.length);
  const paragraphs = (c: Cell, bold: boolean) =>
    Array.isArray(c)
      ? c.length > 0
        ? c.map((text) => new d.Paragraph({ style: TABLE_STYLE, bullet: { level: 0 }, text }))
        : [new d.Paragraph({ style: TABLE_STYLE })]
      : [
          new d.Paragraph({
            style: TABLE_STYLE,
            children: [new d.TextRun(bold ? { text: cellText(c), bold } : cellText(c))],
          }),
        ];
  const row = (cells: readonly Cell[], header: boolean, bold = header) =>
    new d.TableRow({
      // Only header rows carry the flag: readers take any tblHeader element, even "false", for a header.
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map(
        (c, i) =>
          new d.TableCell({
            children: paragraphs(c, bold),
            width: { size: shares[i] ?? 0, type: d.WidthType.PERCENTAGE },
            ...(header ? { shading: { fill: "D9E2F3", type: d.ShadingType.CLEAR, color: "auto" } } : {}),
          }),
      ),
    });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    layout: d.TableLayoutType.FIXED,
    columnWidths: shares.map((w) => Math.round((w / 100) * BODY_WIDTH)),
    rows: [
      row(t.header, true),
      ...t.rows.map((r) => row(r, false)),
      ...(t.totals ?? []).map((r) => row(r, false, true)),
    ],
  });
}

function blockOf(d: Docx, b: Block) {
  switch (b.kind) {
    case "heading":
      return [
        new d.Paragraph({
          text: b.text,
          heading: b.level === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2,
        }),
      ];
    case "paragraph":
      return [new d.Paragraph({ text: b.text })];
    case "table":
      // A paragraph after each table keeps two tables in a row from merging into one.
      return [tableOf(d, b.table), new d.Paragraph("")];
  }
}

function pageNumbers(d: Docx) {
  return {
    default: new d.Footer({
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [
            new d.TextRun({ children: ["Page ", d.PageNumber.CURRENT, " of ", d.PageNumber.TOTAL_PAGES] }),
          ],
        }),
      ],
    }),
  };
}

/** The report as a Word document: a title page with the office's name, then the body on landscape pages. */
export async function reportDocx(model: ReportModel, madeOn: string): Promise<Buffer> {
  const d: Docx = await import("docx");
  const centred = (text: string, size: number, bold = false) =>
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new d.TextRun({ text, size, bold })],
    });
  const titlePage = [
    new d.Paragraph({ spacing: { before: 2400 }, children: [] }),
    centred(OFFICE, 32, true),
    centred(model.title, 48, true),
    centred(`Fiscal year ${model.fiscalYear} (1 July to 30 June)`, 28),
    centred(
      `Workshops held, follow-up survey and KPI status, made by ROCB Desk from its catalogue on ${madeOn}.`,
      22,
    ),
  ];
  const doc = new d.Document({
    creator: "ROCB Desk",
    title: `${OFFICE}: ${model.title}`,
    styles: {
      default: {
        document: { run: { size: BODY_TEXT, font: "Calibri" }, paragraph: { spacing: { after: 120 } } },
      },
      paragraphStyles: [
        {
          id: TABLE_STYLE,
          name: "Table text",
          basedOn: "Normal",
          run: { size: TABLE_TEXT },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      { footers: pageNumbers(d), children: titlePage },
      {
        properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE } } },
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({ alignment: d.AlignmentType.RIGHT, text: `ROCB A/P ${model.title}` }),
            ],
          }),
        },
        footers: pageNumbers(d),
        children: model.blocks.flatMap((b) => blockOf(d, b)),
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}
