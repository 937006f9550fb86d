/**
 * Every threshold of the PDF reader, in one place, as pdfplumber keeps its table settings. Lengths are
 * PDF points (1/72 inch) on the page as shown (y grows downwards); ratios are of the text's font size.
 * No setting knows a converter: each names a property of printed tables in general.
 */
export const PDF_SETTINGS = {
  /** Refused at once above this size: a plan is a few hundred kB; this leaves room for scans of one. */
  maxBytes: 30 * 1024 * 1024,
  /** Refused at once above this many pages (read from the file's page tree before any page is read). */
  maxPages: 300,
  /** Pages read at the same time: enough to keep pdfjs-dist busy, few enough to bound memory. */
  pagesAtOnce: 4,

  /** Rules closer than this on the same line (x of vertical ones, y of horizontal ones) are one. */
  snap: 2,
  /** A drawn or filled shape thinner than this is a rule (cell borders are drawn as hairline boxes). */
  maxRuleThickness: 2.5,
  /** A rule shorter than this is not a border (underlines of a word, bullets, tick marks). */
  minRuleLength: 6,
  /** Two rules whose ends are this close touch: they belong to the same table frame. */
  joinTolerance: 3,
  /** A cell edge counts as ruled when rules cover all of it but this much at either end. */
  edgeSlack: 3,

  /** A filled shape no bigger than this on either side is a mark, such as a list bullet drawn as a disc. */
  maxMarkSize: 8,
  /** A mark at most this far left of a line's first word is that line's bullet. */
  maxMarkGap: 24,

  /** Text items whose baselines differ by less than this share a line. */
  sameLineRatio: 0.4,
  /** A gap between two items of a line wider than this is a word space (narrower: one word cut, "veri|fi|cation"). */
  wordGapRatio: 0.12,
  /** A gap between two lines of a cell taller than this many line heights starts a new paragraph. */
  paragraphGapRatio: 1.6,
  /** A one-word line ending this close (in letter widths) to its cell's right edge filled the line: its word may go on on the next line. */
  cutWordSlack: 1.5,

  /** Columns of two tables on consecutive pages within this distance make one table continued. */
  columnMatchTolerance: 4,
  /** A line outside tables repeated on at least this share of pages, at the same height, is a running header or footer. */
  runningShare: 0.5,
  /** A page-number line ("17", "Page 3 of 40", "- 3 -") is dropped when it stands in this top or bottom share of the page. */
  marginShare: 0.12,
} as const;

export type PdfSettings = typeof PDF_SETTINGS;
