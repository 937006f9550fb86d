/** What the reader takes from a PDF page, on the page as shown: x to the right, y downwards, in points. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of text as the PDF printed it (a word, a line, or a piece of a word), with its box. */
export interface TextItem extends Box {
  text: string;
  /** The font size: every distance between words and lines is judged against it. */
  size: number;
}

/** A horizontal or vertical line drawn on the page: a table border. `at` is its x (vertical) or y. */
export interface Rule {
  vertical: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based. */
  number: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
  /** Small filled shapes: list bullets drawn as discs or squares instead of printed as characters. */
  marks: Box[];
  /** Images painted on the page: a page with images and no text is a scan. */
  images: number;
}

/** A 2D affine matrix [a, b, c, d, e, f] as PDF writes them. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export const centre = (b: Box): [number, number] => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];

export const inside = (b: Box, x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
