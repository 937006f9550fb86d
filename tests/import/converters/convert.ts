import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { type Browser, chromium } from "playwright-core";

/**
 * The real converters the tests push the source documents through, run as a person would: headless
 * Chromium printing a page to PDF, LibreOffice converting a file headless with a private profile.
 */

const run = promisify(execFile);

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** An HTML page printed to PDF by Chromium (A4, the print dialog's default margins). */
export async function chromiumPdf(browser: Browser, html: string, landscape: boolean): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({
      format: "A4",
      landscape,
      margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" },
    });
  } finally {
    await page.close();
  }
}

/**
 * Files converted by LibreOffice (`soffice --headless --convert-to <format>`) in one run, with a
 * profile of its own so a running LibreOffice or another test does not share it. Returns the paths
 * of the converted files, in the order given.
 */
export async function libreOffice(paths: string[], format: string): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), "rocb-soffice-"));
  const profile = mkdtempSync(join(tmpdir(), "rocb-soffice-profile-"));
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      out,
      ...paths,
    ],
    { timeout: 180_000 },
  );
  const ext = format.split(":")[0] ?? format;
  return paths.map((p) => join(out, `${basename(p).replace(/\.[^.]+$/, "")}.${ext}`));
}

/** Writes bytes under a fresh temporary folder and returns the path. */
export function tempFile(name: string, bytes: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), "rocb-converted-")), name);
  writeFileSync(path, bytes);
  return path;
}
