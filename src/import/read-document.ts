import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { type DocumentModel, documentLines } from "./document.ts";
import { isPdf, readPdf } from "./pdf/index.ts";
import { PDF_SETTINGS } from "./pdf/settings.ts";
import { readHtml } from "./readers/html.ts";
import { zipTooLarge } from "./readers/zip-size.ts";

export interface SourceDocument {
  fileName: string;
  sha256: string;
  lines: string[];
}

/** A file that cannot be imported: its name and a sentence saying why (and where, when known). */
export class ImportError extends Error {
  override name = "ImportError";
  readonly fileName: string;
  readonly reason: string;
  readonly line: number | undefined;

  constructor(fileName: string, reason: string, line?: number) {
    super(`${fileName}${line ? `:${line}` : ""}: ${reason}`);
    this.fileName = fileName;
    this.reason = reason;
    this.line = line;
  }
}

/**
 * The largest text file an import reads: seven times the largest document the office has (an annual
 * report of 300 KB); reading one this size takes a few seconds. A larger one is refused before it is read.
 */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** The largest Word file, and the most its parts may take once uncompressed (checked before inflating). */
export const MAX_WORD_BYTES = 20 * 1024 * 1024;
export const MAX_WORD_INFLATED_BYTES = 64 * 1024 * 1024;

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

// Before reading: a Word file's limit by its name; a PDF's by the PDF reader's own limit (it reads the
// bytes to know a PDF); any other file's is the text limit, checked again on its bytes.
function sizeLimit(path: string): number {
  if (/\.docx$/i.test(path)) return MAX_WORD_BYTES;
  if (/\.pdf$/i.test(path)) return PDF_SETTINGS.maxBytes;
  return MAX_TEXT_BYTES;
}

function readBytes(path: string): Buffer {
  try {
    const size = statSync(path).size;
    const limit = sizeLimit(path);
    if (size > limit) {
      throw new ImportError(
        basename(path),
        `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${mib(limit)} an import reads; nothing was read`,
      );
    }
    return readFileSync(path);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportError(
      basename(path),
      code === "ENOENT" ? "no such file" : `cannot be read (${code ?? "error"})`,
    );
  }
}

// A .docx file is a zip archive: "PK\x03\x04".
const isWord = (fileName: string, bytes: Buffer) =>
  /\.docx$/i.test(fileName) && bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** Reads a file as UTF-8 text, refusing what is not text. */
export function readDocument(path: string): SourceDocument {
  const fileName = basename(path);
  const bytes = readBytes(path);
  if (isWord(fileName, bytes)) {
    throw new ImportError(
      fileName,
      "a Word document: import it with npm run import, which reads .docx files",
    );
  }
  return documentFromBytes(fileName, bytes);
}

/**
 * Reads a file for an import: a Word document (.docx) through mammoth, whose HTML (tables with their
 * merged cells, lists, headings) the HTML reader turns into the document model; a PDF through the PDF
 * reader (src/import/pdf); anything else as UTF-8 text.
 */
export async function readAnyDocument(path: string): Promise<SourceDocument> {
  const fileName = basename(path);
  const bytes = readBytes(path);
  if (isPdf(bytes)) return modelDocument(fileName, bytes, await readPdf(fileName, bytes));
  if (!isWord(fileName, bytes)) return documentFromBytes(fileName, bytes);
  const tooLarge = zipTooLarge(bytes, MAX_WORD_INFLATED_BYTES);
  if (tooLarge) throw new ImportError(fileName, tooLarge);
  let html: string;
  try {
    // Loaded here, not at the top: the bot imports this module and never reads a Word document.
    const { default: mammoth } = await import("mammoth");
    // Pictures carry no plan text: they are left out rather than inlined as data URLs.
    const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
    html = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage })).value;
  } catch (err) {
    throw new ImportError(
      fileName,
      `a .docx file that cannot be read as a Word document (${(err as Error).message})`,
    );
  }
  if (html.trim() === "") throw new ImportError(fileName, "the Word document is empty");
  return modelDocument(fileName, bytes, readHtml(html));
}

/** A file read into the document model, as the lines the plan grammar reads: a table row per line, a paragraph per line. */
function modelDocument(fileName: string, bytes: Buffer, model: DocumentModel): SourceDocument {
  return {
    fileName,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    lines: documentLines(model).map((l) => l.text),
  };
}

export function documentFromBytes(fileName: string, bytes: Buffer): SourceDocument {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new ImportError(
      fileName,
      `the text is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${mib(MAX_TEXT_BYTES)} an import reads`,
    );
  }
  if (bytes.length === 0 || bytes.toString("utf8").trim() === "") {
    throw new ImportError(fileName, "the file is empty");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = bytes.subarray(0, nul).toString("utf8").split("\n").length;
    throw new ImportError(
      fileName,
      "binary content (a NUL byte): not a text export of a plan or report",
      line,
    );
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > text.length / 100) {
    throw new ImportError(fileName, "not UTF-8 text (too many undecodable bytes)");
  }
  return {
    fileName,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    lines: text.replace(/^\uFEFF/, "").split(/\r?\n/),
  };
}
