import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticle } from "../../../src/import/articles/index.ts";
import { readAnyDocument } from "../../../src/import/read-document.ts";
import { chromiumPdf, launchChromium, tempFile } from "../converters/convert.ts";
import { STORIES, type Story } from "./newsroom.ts";

/**
 * Newsletter pages as the office publishes them: the story laid out as a web page (a heading, then
 * paragraphs), printed to PDF by Chromium, read back by `npm run import`'s PDF reader. Every event
 * the text gives must come out of the PDF the same: the reader depends on no line width of a text file.
 */

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A block of the story whose first line stands alone (no full stop, short) is a heading over its paragraph. */
function page(story: Story): string {
  const blocks = story.text.split(/\n\s*\n/).map((block) => {
    const [first = "", ...rest] = block.split("\n");
    const heading = rest.length > 0 && first.length < 90 && !/[.,]$/.test(first);
    const body = (heading ? rest : [first, ...rest]).join(" ");
    return `${heading ? `<h2>${esc(first)}</h2>` : ""}<p>${esc(body)}</p>`;
  });
  return `<html><body style="font-family: serif">${blocks.join("\n")}</body></html>`;
}

const newsletters = STORIES.filter((s) => s.shape === "several events");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("newsletter pages printed to PDF by Chromium", () => {
  it.each(newsletters.map((s) => [s.title, s] as const))(
    "%s",
    async (_title, story) => {
      const pdf = tempFile("newsletter.pdf", await chromiumPdf(browser, page(story), false));
      const r = readArticle((await readAnyDocument(pdf)).lines);
      if (!("events" in r)) throw new Error(`no events: ${JSON.stringify(r)}`);
      expect(r.events.map((e) => [e.title.toLowerCase(), e.start, e.end, e.kind])).toEqual(
        story.events.map((e) => [e.name.toLowerCase(), e.start, e.end, e.kind]),
      );
    },
    60_000,
  );
});
