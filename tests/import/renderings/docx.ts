import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import type { ParsedPlan } from "../../../src/import/parsed.ts";
import {
  type Cell,
  cellOf,
  columnsOf,
  HEADER_WORDS_OF_PLANS,
  headingOf,
  labelOf,
  PLAIN_STYLE,
  titleOf,
} from "./render.ts";

const cell = (c: Cell) =>
  new TableCell({
    children:
      "text" in c
        ? [new Paragraph(c.text)]
        : c.list.length > 0
          ? c.list.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }))
          : [new Paragraph("")],
  });

/** A Word document holding the plan as paragraphs and bullet lists, without a table. */
export async function planDocxParagraphs(plan: ParsedPlan): Promise<Buffer> {
  const cols = columnsOf(plan);
  const children: Paragraph[] = [new Paragraph(titleOf(PLAIN_STYLE, plan))];
  let index = 0;
  for (const pillar of [1, 2, 3, 4]) {
    const items = plan.items.filter((i) => i.pillar === pillar);
    if (items.length > 0) children.push(new Paragraph(headingOf(PLAIN_STYLE, pillar)));
    for (const item of items) {
      const label = labelOf(PLAIN_STYLE, index++, item.letter);
      for (const [k, c] of cols.map((col) => cellOf(plan, item, col)).entries()) {
        if (!("text" in c))
          children.push(...c.list.map((t) => new Paragraph({ text: t, bullet: { level: 0 } })));
        else if (c.text !== "") children.push(new Paragraph(k === 0 ? `${label} ${c.text}` : c.text));
      }
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A Word document holding the plan as the office keeps it: headings, and one table per pillar with a list cell. */
export async function planDocx(plan: ParsedPlan): Promise<Buffer> {
  const cols = columnsOf(plan);
  const children: Array<Paragraph | Table> = [new Paragraph(titleOf(PLAIN_STYLE, plan))];
  let index = 0;
  for (const pillar of [1, 2, 3, 4]) {
    const items = plan.items.filter((i) => i.pillar === pillar);
    if (items.length === 0) continue;
    children.push(new Paragraph(headingOf(PLAIN_STYLE, pillar)));
    const header = new TableRow({
      children: [{ text: "" }, ...cols.map((c) => ({ text: HEADER_WORDS_OF_PLANS[c] }))].map(cell),
    });
    const rows = items.map(
      (item) =>
        new TableRow({
          children: [
            { text: labelOf(PLAIN_STYLE, index++, item.letter) },
            ...cols.map((c) => cellOf(plan, item, c)),
          ].map(cell),
        }),
    );
    children.push(new Table({ rows: [header, ...rows] }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
