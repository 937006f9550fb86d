import type { ServerResponse } from "node:http";
import { escapeHtml } from "./html.ts";

/**
 * Pages of the participant-facing web form: no script, no external resource, nothing cached, and no
 * Referer leaving the page (the URL carries the personal token).
 */
const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-frame-options": "DENY",
};

const STYLE = `
  body { font-family: system-ui, Arial, sans-serif; line-height: 1.5; margin: 0; color: #1a1a1a; background: #f6f7f9; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 100vh; box-sizing: border-box; }
  h1 { font-size: 1.4rem; margin-top: 0.5rem; }
  fieldset { border: 1px solid #c8ccd2; border-radius: 6px; margin: 1rem 0; padding: 0.75rem 1rem; }
  legend { font-weight: bold; padding: 0 0.25rem; }
  label { display: block; padding: 0.35rem 0; }
  input[type=checkbox], input[type=radio] { width: 1.2rem; height: 1.2rem; margin-right: 0.5rem; vertical-align: -0.2rem; }
  textarea { width: 100%; box-sizing: border-box; min-height: 8rem; font: inherit; padding: 0.5rem; }
  button { font: inherit; font-size: 1.05rem; padding: 0.7rem 1.6rem; background: #0b5394; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  button:focus, input:focus, textarea:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
  .notice { background: #e7f4e4; border-left: 4px solid #2e7d32; padding: 0.75rem 1rem; }
  .notice.error { background: #fdecea; border-left-color: #b3261e; }
  .office { margin: 0; padding: 0.5rem 0; border-bottom: 3px solid #0b5394; color: #0b5394; font-weight: bold; font-size: 0.95rem; }
  .meta { color: #4a4f57; }
`;

/** A whole page: `body` is HTML the caller built from escaped parts. */
export function sendPage(res: ServerResponse, status: number, title: string, body: string): void {
  const html = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body><main>${body}</main></body></html>`,
  ].join("\n");
  res.writeHead(status, { ...HEADERS, "content-length": Buffer.byteLength(html) });
  res.end(html);
}

/** A short page for a request we refuse: a sentence, no detail of why beyond it. */
export function sendNotice(res: ServerResponse, status: number, title: string, sentence: string): void {
  sendPage(res, status, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(sentence)}</p>`);
}
