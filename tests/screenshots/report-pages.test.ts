import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OFFICE } from "../../src/report/blocks.ts";
import { bundledCatalogue, writeReport } from "../report/helpers.ts";
import { syntheticCatalogue } from "../report/synthetic.ts";

// The annual report as LibreOffice prints it. `npm run screenshots` writes its first pages to
// docs/screenshots/; `npm test` checks what the pages show.
const OUT = process.env.SCREENSHOTS === "write" ? join(import.meta.dirname, "../../docs/screenshots") : null;

/** Converts a .docx to PDF with LibreOffice, as Word would print it; returns the PDF's path. */
function toPdf(docx: string, dir: string): string {
  // A profile of its own, so a LibreOffice already running (or another test) does not take the job.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  const pdf = readdirSync(dir).find((f) => f.endsWith(".pdf"));
  if (!pdf) throw new Error("LibreOffice wrote no PDF");
  return join(dir, pdf);
}

/** Each page's text, its lines as LibreOffice laid them out (a long title wraps). */
const pagesOf = (pdf: string) =>
  execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim() !== "");
const words = (page: string | undefined) => (page ?? "").replace(/\s+/g, " ");

describe("the report as LibreOffice prints it", () => {
  it("FY2017/18: the office's name on the title page, page numbers, and the table header on every page of a long table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-render-"));
    const { bytes } = await writeReport(bundledCatalogue(), "2017/18");
    const docx = join(dir, "annual-report-2017-18.docx");
    writeFileSync(docx, bytes);
    const pdf = toPdf(docx, dir);
    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(3);
    expect(words(pages[0])).toContain(OFFICE);
    expect(words(pages[0])).toContain("Annual Report 2017/18");
    for (const [i, page] of pages.entries())
      expect(words(page)).toContain(`Page ${i + 1} of ${pages.length}`);
    // The held events run over several pages; each of those pages starts the table with its header row.
    const tablePages = pages.filter((p) => /\d{1,2} (?:\w+ )?201[78]/.test(words(p)) && /CCF-/.test(p));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toMatch(/Date\s+Workshop\s+Kind\s+For/);

    if (OUT) {
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", pdf, join(dir, "page")]);
      mkdirSync(OUT, { recursive: true });
      // pdftoppm pads page numbers to the width of the last page's number: name them ourselves.
      const pngs = readdirSync(dir)
        .filter((f) => /^page-\d+\.png$/.test(f))
        .sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")));
      for (const [i, png] of pngs.entries()) {
        copyFileSync(join(dir, png), join(OUT, `report-page-${i + 1}.png`));
      }
    }
  }, 180_000);

  it("a synthetic year of 200 events with titles up to 400 characters prints, every page numbered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-render-"));
    const { bytes } = await writeReport(syntheticCatalogue(), "2030/31");
    const docx = join(dir, "synthetic.docx");
    writeFileSync(docx, bytes);
    const pages = pagesOf(toPdf(docx, dir));
    expect(pages.length).toBeGreaterThan(10);
    expect(words(pages.at(-1))).toContain(`Page ${pages.length} of ${pages.length}`);
  }, 180_000);
});
