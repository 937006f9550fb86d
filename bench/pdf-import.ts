import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "../src/db/open.ts";
import { importAnyFiles } from "../src/import/importer.ts";
import { parsePlans } from "../src/import/plans/index.ts";
import { readAnyDocument } from "../src/import/read-document.ts";
import { chromiumPdf, launchChromium, tempFile } from "../tests/import/converters/convert.ts";
import { planHtml, sourcePlans } from "../tests/import/converters/sources.ts";
import { fieldAccuracy } from "../tests/import/renderings/catalogue.ts";
import { mib, percentile } from "./stats.ts";

const PAGES = 20;
const run = promisify(execFile);

/** The plan's source page printed by Chromium, its type enlarged until the PDF has `pages` pages or more. */
async function planPdf(html: string, pages: number): Promise<{ path: string; pages: number }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const browser = await launchChromium();
  try {
    for (let size = 16; ; size += 2) {
      const pdf = await chromiumPdf(
        browser,
        html.replace("</style>", `body { font-size: ${size}px }</style>`),
        false,
      );
      const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
      const count = (await task.promise).numPages;
      await task.destroy();
      if (count >= pages) return { path: tempFile("plan.pdf", pdf), pages: count };
    }
  } finally {
    await browser.close();
  }
}

/** Reads a PDF as `npm run import` does, in a fresh Node process, so its memory is the reader's alone. */
async function readInOwnProcess(path: string): Promise<{ ms: number; cpu: number; rss: number }> {
  const reader = new URL("../src/import/read-document.ts", import.meta.url).href;
  const script = `const { readAnyDocument } = await import(${JSON.stringify(reader)});
const started = performance.now();
await readAnyDocument(${JSON.stringify(path)});
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ms: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, rss: process.resourceUsage().maxRSS * 1024 }));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  return JSON.parse(stdout) as { ms: number; cpu: number; rss: number };
}

/**
 * Import of a plan PDF (the AWP 2024-2025 source printed by Chromium, about 20 pages) into a fresh
 * database, repeated; and a long PDF (that plan printed many times over) read alone, to show the time
 * per page stays flat.
 */
export async function benchPdfImport(runs = 5): Promise<string> {
  const source = sourcePlans().at(-1);
  if (!source) throw new Error("no seed plan");
  const html = planHtml(source.plan);
  const plan = await planPdf(html, PAGES);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), "rocb-bench-pdf-"));
    const started = performance.now();
    const db = openDatabase(join(dir, "bench.db"));
    await importAnyFiles(db, [plan.path], new Date(), {});
    db.close();
    times.push(performance.now() - started);
    rmSync(dir, { recursive: true, force: true });
  }
  const read = parsePlans((await readAnyDocument(plan.path)).lines).plans[0];
  const { right, total } = fieldAccuracy(source.plan, read);
  const body = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  const long = await planPdf(html.replace(body, body.repeat(12)), 250);
  const { ms: longMs, cpu, rss } = await readInOwnProcess(long.path);
  return [
    "## Import of a plan PDF",
    "",
    `${source.name} (${source.plan.title}) printed by Chromium: ${plan.pages} pages, ${runs} runs (each: create the file database, read the PDF, parse, write).`,
    "",
    "| pages | fields right | median | p90 | max | peak RSS of the process |",
    "|---|---|---|---|---|---|",
    `| ${plan.pages} | ${right}/${total} | ${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 90).toFixed(0)} ms | ${Math.max(...times).toFixed(0)} ms | ${mib(process.resourceUsage().maxRSS * 1024)} |`,
    "",
    `A ${long.pages}-page PDF (the same plan printed 12 times) read into lines in a process of its own: ${longMs.toFixed(0)} ms, ${(longMs / long.pages).toFixed(1)} ms a page (CPU time of the whole process, loading pdfjs-dist included: ${cpu.toFixed(0)} ms), peak RSS ${mib(rss)} (the ${plan.pages}-page plan: ${(percentile(times, 50) / plan.pages).toFixed(1)} ms a page with the database write).`,
  ].join("\n");
}
