import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../../src/import/parse-document.ts";
import { documentFromBytes } from "../../../src/import/read-document.ts";
import { catalogueOf, importRendering, seedPlans } from "./catalogue.ts";
import {
  BULLETS,
  HEADER_FORMS,
  HEADING_FORMS,
  LABEL_FORMS,
  LAYOUTS,
  OCR_LABELS,
  PLAIN_STYLE,
  renderPlan,
  type Style,
  TABLE_LAYOUTS,
  TITLE_FORMS,
} from "./render.ts";

const plans = seedPlans();

describe("every seed plan imports to the same catalogue in every layout", () => {
  for (const { file, plan } of plans) {
    describe(`${file}: ${plan.title}`, () => {
      const expected = catalogueOf(plan);
      for (const layout of LAYOUTS) {
        it(layout, () => {
          const read = importRendering(renderPlan(plan, { ...PLAIN_STYLE, layout }));
          expect(read && catalogueOf(read)).toEqual(expected);
        });
      }
      it.each(BULLETS)("cells per line (indented or not) and plain text with %s bullets", (bullet) => {
        for (const layout of ["cells-per-line", "cells-per-line-indented", "plain"] as const) {
          const read = importRendering(renderPlan(plan, { ...PLAIN_STYLE, layout, bullet }));
          expect(read && catalogueOf(read), layout).toEqual(expected);
        }
      });
      it.each(LABEL_FORMS)("labels printed %s", (label) => {
        const read = importRendering(renderPlan(plan, { ...PLAIN_STYLE, layout: "cells-per-line", label }));
        expect(read && catalogueOf(read)).toEqual(expected);
      });
      it.each(HEADING_FORMS)("pillar headings %s, plan titles in every form", (heading) => {
        for (const title of TITLE_FORMS) {
          const read = importRendering(renderPlan(plan, { ...PLAIN_STYLE, heading, title }));
          expect(read && catalogueOf(read)).toEqual(expected);
        }
      });
      it("is typed a plan document in every layout: never an annual report, no workshops held", () => {
        for (const layout of LAYOUTS) {
          const text = renderPlan(plan, { ...PLAIN_STYLE, layout, pageBreakEvery: 5 });
          const doc = parseDocument(documentFromBytes(`${layout}.txt`, Buffer.from(text)));
          expect([doc.kind, doc.workshops.length], layout).toEqual(["plan", 0]);
        }
      });
      it("short header words (Action, RSP milestone, Planned activities, Indicator, Target, Timeline)", () => {
        for (const layout of LAYOUTS) {
          const read = importRendering(
            renderPlan(plan, { ...PLAIN_STYLE, layout, header: "short", pageBreakEvery: 5 }),
          );
          expect(read && catalogueOf(read), layout).toEqual(expected);
        }
      });
      it("tables printed without a header row", () => {
        for (const layout of TABLE_LAYOUTS) {
          const read = importRendering(
            renderPlan(plan, { ...PLAIN_STYLE, layout, headerRow: false, pageBreakEvery: 5 }),
          );
          expect(read && catalogueOf(read), layout).toEqual(expected);
        }
      });
      it("table layouts with the label at the start of the action's cell", () => {
        for (const layout of TABLE_LAYOUTS) {
          for (const label of LABEL_FORMS) {
            const read = importRendering(
              renderPlan(plan, { ...PLAIN_STYLE, layout, label, labelCell: false }),
            );
            expect(read && catalogueOf(read), `${layout} ${label}`).toEqual(expected);
          }
        }
      });
      it("several numbered KPIs and targets on lines of their own", () => {
        for (const layout of ["cells-per-line", "cells-per-line-indented", "plain"] as const) {
          const read = importRendering(renderPlan(plan, { ...PLAIN_STYLE, layout, numberedPerLine: true }));
          expect(read && catalogueOf(read), layout).toEqual(expected);
        }
      });
      it("page breaks with a repeated header inside rows, CRLF, BOM, non-breaking spaces", () => {
        for (const layout of LAYOUTS) {
          const style: Style = {
            ...PLAIN_STYLE,
            layout,
            pageBreakEvery: 4,
            crlf: true,
            bom: true,
            nbsp: true,
          };
          const read = importRendering(renderPlan(plan, style));
          expect(read && catalogueOf(read), layout).toEqual(expected);
        }
      });
    });
  }
});

const style = (items: number): fc.Arbitrary<Style> =>
  fc.record({
    layout: fc.constantFrom(...LAYOUTS),
    bullet: fc.constantFrom(...BULLETS),
    label: fc.constantFrom(...LABEL_FORMS),
    heading: fc.constantFrom(...HEADING_FORMS),
    title: fc.constantFrom(...TITLE_FORMS),
    pageBreakEvery: fc.constantFrom(0, 3, 7),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    nbsp: fc.boolean(),
    numberedPerLine: fc.boolean(),
    labelCell: fc.boolean(),
    header: fc.constantFrom(...HEADER_FORMS),
    headerRow: fc.boolean(),
    ocr: fc.array(fc.tuple(fc.nat(items - 1), fc.constantFrom(...OCR_LABELS)), { maxLength: 4 }),
  });

// A lost label can only be told from a continued cell where the label has a cell of its own and the
// action starts with a capital (a cell starting in lower case after an empty label cell carries on the row above).
const losable = (s: Style, action: string) =>
  TABLE_LAYOUTS.has(s.layout) && s.labelCell && /^[A-Z]/.test(action);

describe("combinations of layout and damage (fast-check)", () => {
  for (const { file, plan } of plans) {
    it(`${file}: ${plan.title}`, () => {
      const expected = catalogueOf(plan);
      fc.assert(
        fc.property(style(plan.items.length), (s) => {
          const ocr = s.ocr.filter(
            ([i, damaged]) => damaged !== "" || losable(s, plan.items[i]?.action ?? ""),
          );
          const read = importRendering(renderPlan(plan, { ...s, ocr }));
          expect(read && catalogueOf(read)).toEqual(expected);
        }),
        { numRuns: 40 },
      );
    });
  }
});
