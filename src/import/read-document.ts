import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

export interface SourceDocument {
  fileName: string;
  sha256: string;
  lines: string[];
}

/** A file that cannot be imported: its name and a sentence saying why (and where, when known). */
export class ImportError extends Error {
  override name = "ImportError";
  constructor(
    readonly fileName: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${fileName}${line ? `:${line}` : ""}: ${reason}`);
  }
}

/** Reads a file as UTF-8 text, refusing what is not text. */
export function readDocument(path: string): SourceDocument {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportError(
      fileName,
      code === "ENOENT" ? "no such file" : `cannot be read (${code ?? "error"})`,
    );
  }
  return documentFromBytes(fileName, bytes);
}

export function documentFromBytes(fileName: string, bytes: Buffer): SourceDocument {
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
