import { ImportError } from "../read-document.ts";
import type { Matrix, PageContent, TextItem } from "./geometry.ts";
import { apply, multiply } from "./geometry.ts";
import { drawingOf } from "./graphics.ts";
import { PDF_SETTINGS } from "./settings.ts";

/** A PDF starts with "%PDF-" (some writers put a few bytes before it). */
export const isPdf = (bytes: Buffer) => bytes.subarray(0, 1024).includes("%PDF-");

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

/**
 * Reads every page's text items, rules and marks with pdfjs-dist and hands each page to `use` (so
 * only what it keeps of a page stays in memory), loaded only here (a dynamic import)
 * so a process that never reads a PDF never loads it. Too large a file or too many pages are refused
 * before any page is read; a damaged or password-protected file gets a sentence, never a stack trace.
 */
export async function readPages<T>(
  fileName: string,
  bytes: Buffer,
  use: (page: PageContent) => T,
): Promise<T[]> {
  if (bytes.length > PDF_SETTINGS.maxBytes) {
    throw new ImportError(
      fileName,
      `a PDF of ${(bytes.length / 1024 / 1024).toFixed(1)} MB: more than the ${PDF_SETTINGS.maxBytes / 1024 / 1024} MB a plan or report can be imported from`,
    );
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw new ImportError(fileName, whyUnreadable(err));
  }
  try {
    if (doc.numPages > PDF_SETTINGS.maxPages) {
      throw new ImportError(
        fileName,
        `a PDF of ${doc.numPages} pages: more than the ${PDF_SETTINGS.maxPages} pages a plan or report can be imported from`,
      );
    }
    const readPage = async (n: number): Promise<T> => {
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const toPage = viewport.transform as Matrix;
        const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
        page.cleanup();
        return use({
          number: n,
          height: viewport.height,
          items: (text.items as PdfTextItem[]).flatMap((it) => itemOf(it, toPage)),
          ...drawingOf(ops.fnArray, ops.argsArray, pdfjs.OPS, toPage),
        });
      } catch (err) {
        if (err instanceof ImportError) throw err;
        throw new ImportError(fileName, `page ${n} cannot be read (${messageOf(err)})`);
      }
    };
    // A few pages are read at once: pdfjs-dist waits between its steps, so one page at a time idles.
    const pages: T[] = [];
    for (let first = 1; first <= doc.numPages; first += PDF_SETTINGS.pagesAtOnce) {
      const batch = Array.from(
        { length: Math.min(PDF_SETTINGS.pagesAtOnce, doc.numPages - first + 1) },
        (_, k) => first + k,
      );
      pages.push(...(await Promise.all(batch.map(readPage))));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** A text item on the page as shown; whitespace-only items carry nothing (gaps give the spaces). */
function itemOf(it: PdfTextItem, toPage: Matrix): TextItem[] {
  if (typeof it.str !== "string" || it.str.trim() === "") return [];
  const t = it.transform as Matrix;
  const m = multiply(t, toPage);
  const size = Math.hypot(m[2], m[3]);
  const scale = Math.hypot(t[0], t[1]) || 1;
  const [x0, base] = apply(toPage, t[4], t[5]);
  const [x1] = apply(toPage, t[4] + (it.width * t[0]) / scale, t[5] + (it.width * t[1]) / scale);
  if (!Number.isFinite(x0 + x1 + base + size) || size <= 0) return [];
  return [
    {
      text: it.str,
      size,
      x0: Math.min(x0, x1),
      x1: Math.max(x0, x1),
      y0: base - size * 0.8,
      y1: base + size * 0.2,
    },
  ];
}

function messageOf(err: unknown): string {
  return err instanceof Error ? (err.message.split("\n")[0] ?? err.name) : String(err);
}

function whyUnreadable(err: unknown): string {
  const name = err instanceof Error ? err.name : "";
  if (name === "PasswordException") {
    return "a password-protected PDF: remove the password (print it to a new PDF) and import that";
  }
  if (name === "InvalidPDFException") return "not a readable PDF (the file is damaged or not a PDF)";
  return `a PDF that cannot be read (${messageOf(err)})`;
}
