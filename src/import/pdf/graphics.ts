import { apply, type Box, IDENTITY, type Matrix, multiply, type Rule } from "./geometry.ts";
import { PDF_SETTINGS } from "./settings.ts";

/** The operator numbers this reader follows, as pdfjs-dist exports them (`OPS`). */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

// pdfjs-dist's path codes inside a constructPath (its DrawOPS).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

interface SubPath {
  points: Array<[number, number]>;
  curved: boolean;
}

/** The subpaths of a pdfjs path buffer, each point taken through `m` onto the page. */
function subPaths(data: ArrayLike<number>, m: Matrix): SubPath[] {
  const out: SubPath[] = [];
  let current: SubPath | null = null;
  const at = (k: number) => data[k] ?? 0;
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    const n = op === MOVE || op === LINE ? 2 : op === CURVE ? 6 : op === QUADRATIC ? 4 : 0;
    if (op === CLOSE) {
      const first = current?.points[0];
      if (current && first) current.points.push(first);
      current = null;
      continue;
    }
    if (n === 0) break;
    if (op === MOVE || !current) {
      current = { points: [], curved: false };
      out.push(current);
    }
    current.points.push(apply(m, at(k + n - 2), at(k + n - 1)));
    if (op === CURVE || op === QUADRATIC) current.curved = true;
    k += n;
  }
  return out;
}

function bounds(points: Array<[number, number]>): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A thin box as the rule it draws, or null when it is not thin and long. */
function ruleOfBox(b: Box): Rule | null {
  const { maxRuleThickness, minRuleLength } = PDF_SETTINGS;
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (h <= maxRuleThickness && w >= minRuleLength)
    return { vertical: false, at: (b.y0 + b.y1) / 2, from: b.x0, to: b.x1 };
  if (w <= maxRuleThickness && h >= minRuleLength)
    return { vertical: true, at: (b.x0 + b.x1) / 2, from: b.y0, to: b.y1 };
  return null;
}

/** The straight, axis-aligned segments of a stroked path: each is a rule. */
function strokedRules(path: SubPath): Rule[] {
  const rules: Rule[] = [];
  for (let i = 1; i < path.points.length; i++) {
    const [ax, ay] = path.points[i - 1] ?? [0, 0];
    const [bx, by] = path.points[i] ?? [0, 0];
    const rule = ruleOfBox({
      x0: Math.min(ax, bx),
      y0: Math.min(ay, by),
      x1: Math.max(ax, bx),
      y1: Math.max(ay, by),
    });
    if (rule) rules.push(rule);
  }
  return rules;
}

export interface Drawing {
  rules: Rule[];
  marks: Box[];
  images: number;
}

/**
 * The rules, marks and images of a page's operator list. `page` maps PDF user space onto the page as
 * shown (the viewport). Large filled shapes (backgrounds, shading) are not rules: only their drawn
 * borders are, as a table's cells are outlined by thin boxes or strokes.
 */
export function drawingOf(fnArray: number[], argsArray: unknown[], ops: Ops, page: Matrix): Drawing {
  const out: Drawing = { rules: [], marks: [], images: 0 };
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const strokes = new Set([ops.stroke, ops.closeStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const both = new Set([ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m) ctm = multiply(Array.from(m) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (images.has(fn ?? -1)) out.images++;
    else if (fn === ops.constructPath && args) {
      const op = args[0] as number;
      const data = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!data) continue;
      const stroked = strokes.has(op) || both.has(op);
      const filled = fills.has(op) || both.has(op);
      if (!stroked && !filled) continue;
      for (const path of subPaths(data, multiply(ctm, page))) {
        if (path.points.length === 0) continue;
        const box = bounds(path.points);
        const small =
          box.x1 - box.x0 <= PDF_SETTINGS.maxMarkSize && box.y1 - box.y0 <= PDF_SETTINGS.maxMarkSize;
        if (filled && small && box.x1 - box.x0 > 1 && box.y1 - box.y0 > 1) out.marks.push(box);
        else if (stroked && !path.curved) out.rules.push(...strokedRules(path));
        else if (filled && !path.curved) {
          const rule = ruleOfBox(box);
          if (rule) out.rules.push(rule);
        }
      }
    }
  }
  return out;
}
