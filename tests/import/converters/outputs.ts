import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { libreOffice } from "./convert.ts";
import { planHtml, planWord, type SourcePlan, sourcePlans } from "./sources.ts";

const run = promisify(execFile);

/**
 * The converters people use on the office's plans, run for real on the source documents: LibreOffice
 * (Word → HTML, text, PDF), pandoc (HTML → Word, plain text, reStructuredText, GitHub markdown) and
 * pdftotext (the LibreOffice PDF, with and without -layout). Each output is made once per test run, in a
 * temporary folder.
 */
export const CONVERTERS = [
  "libreoffice-html",
  "libreoffice-text",
  "pandoc-docx",
  "pandoc-plain",
  "pandoc-rst",
  "pandoc-gfm",
  "pdftotext-layout",
  "pdftotext",
] as const;
export type Converter = (typeof CONVERTERS)[number];

export interface Converted {
  source: SourcePlan;
  /** The output file of each converter. */
  outputs: Record<Converter, string>;
}

let made: Promise<Converted[]> | null = null;

/** Every source plan converted by every converter (made on the first call of a run). */
export function convertedPlans(): Promise<Converted[]> {
  made ??= convertAll();
  return made;
}

async function convertAll(): Promise<Converted[]> {
  const dir = mkdtempSync(join(tmpdir(), "rocb-converters-"));
  const sources = sourcePlans();
  for (const { name, plan } of sources) {
    writeFileSync(join(dir, `${name}.html`), planHtml(plan));
    writeFileSync(join(dir, `${name}.docx`), await planWord(plan));
  }
  const words = sources.map((s) => join(dir, `${s.name}.docx`));
  // One LibreOffice run per output format, each converting every Word file; pandoc alongside.
  const office = (async () => {
    const out: Record<string, string[]> = {};
    for (const format of ["html", "txt:Text (encoded):UTF8", "pdf"])
      out[format] = await libreOffice(words, format);
    return out;
  })();
  mkdirSync(join(dir, "pandoc"));
  const pandoc = (async () => {
    for (const { name } of sources) {
      for (const pair of [
        ["docx", "plain"],
        ["rst", "gfm"],
      ]) {
        await Promise.all(
          pair.map((to) =>
            run("pandoc", [
              "-f",
              "html",
              "-t",
              to,
              "-o",
              join(dir, "pandoc", `${name}.${to}`),
              join(dir, `${name}.html`),
            ]),
          ),
        );
      }
    }
  })();
  const [byOffice] = await Promise.all([office, pandoc]);
  const at = (format: string, k: number) => byOffice[format]?.[k] ?? "";
  mkdirSync(join(dir, "pdftotext"));
  for (const [k, { name }] of sources.entries()) {
    const pdf = at("pdf", k);
    await Promise.all([
      run("pdftotext", ["-layout", pdf, join(dir, "pdftotext", `${name}.layout.txt`)]),
      run("pdftotext", [pdf, join(dir, "pdftotext", `${name}.txt`)]),
    ]);
  }
  return sources.map((source, k) => {
    const n = source.name;
    return {
      source,
      outputs: {
        "libreoffice-html": at("html", k),
        "libreoffice-text": at("txt:Text (encoded):UTF8", k),
        "pandoc-docx": join(dir, "pandoc", `${n}.docx`),
        "pandoc-plain": join(dir, "pandoc", `${n}.plain`),
        "pandoc-rst": join(dir, "pandoc", `${n}.rst`),
        "pandoc-gfm": join(dir, "pandoc", `${n}.gfm`),
        "pdftotext-layout": join(dir, "pdftotext", `${n}.layout.txt`),
        pdftotext: join(dir, "pdftotext", `${n}.txt`),
      },
    };
  });
}
