import type { TableBlock } from "@slack/types";
import type { Chart, ReplyBlock } from "../../src/blocks/kit.ts";
import { escapeHtml } from "../../src/web/html.ts";

// A small HTML rendering of Block Kit, close enough to Slack's to judge a reply by eye in a screenshot.
// Not Slack's renderer: fonts, spacing and the chart's drawing are approximations.

/** mrkdwn as Slack shows it. Text from our builders has `&`, `<`, `>` escaped already, so it is safe HTML. */
function mrkdwn(text: string): string {
  return text
    .replace(/```([\s\S]*?)```/g, (_, code: string) => `<pre>${code}</pre>`)
    .replace(/<(https?:[^|<>]+)\|([^<>]+)>/g, '<a href="$1">$2</a>')
    .replace(/<(https?:[^|<>]+)>/g, '<a href="$1">$1</a>')
    .replace(/<@([A-Z0-9]+)>/g, '<span class="mention">@$1</span>')
    .replace(/`([^`\n]+)`/g, "<code>$1</code>")
    .replace(/(^|[\s(>])\*([^*\n]+)\*(?=[\s).,:;!?<]|$)/gm, "$1<b>$2</b>")
    .replace(/(^|[\s(>])_([^_\n]+)_(?=[\s).,:;!?<]|$)/gm, "$1<i>$2</i>")
    .replace(/\n/g, "<br>");
}

const button = (text: string) => `<span class="button">${escapeHtml(text)}</span>`;

function table(block: TableBlock): string {
  const align = (i: number) => block.column_settings?.[i]?.align ?? "left";
  const cell = (c: TableBlock["rows"][number][number]) =>
    c.type === "raw_text" ? c.text : c.type === "raw_number" ? String(c.value) : "";
  const [head = [], ...rows] = block.rows;
  const tr = (r: typeof head, tag: "th" | "td") =>
    `<tr>${r.map((c, i) => `<${tag} style="text-align:${align(i)}">${escapeHtml(cell(c))}</${tag}>`).join("")}</tr>`;
  return `<div class="table"><table><thead>${tr(head, "th")}</thead><tbody>${rows.map((r) => tr(r, "td")).join("")}</tbody></table></div>`;
}

const COLOURS = ["#1264a3", "#2bac76", "#e8912d", "#e01e5a", "#8c5bd1", "#868686"];

/** The chart as SVG: grouped bars or lines over the categories, a legend, the axis titles. */
function chart(title: string, c: Chart): string {
  if (c.type === "pie") return `<div class="chart"><b>${escapeHtml(title)}</b></div>`;
  const cats = c.axis_config.categories;
  const max = Math.max(1, ...c.series.flatMap((s) => s.data.map((p) => p.value)));
  const W = 640;
  const H = 220;
  const left = 40;
  const bottom = 50;
  const band = (W - left - 10) / Math.max(1, cats.length);
  const y = (v: number) => 10 + (H - bottom - 10) * (1 - v / max);
  const parts: string[] = [];
  for (let t = 0; t <= 4; t++) {
    const v = (max * t) / 4;
    parts.push(
      `<line x1="${left}" x2="${W - 10}" y1="${y(v)}" y2="${y(v)}" stroke="#e8e8e8"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" class="tick">${Math.round(v)}</text>`,
    );
  }
  c.series.forEach((s, si) => {
    const colour = COLOURS[si % COLOURS.length];
    const at = (label: string) => cats.indexOf(label);
    if (c.type === "bar") {
      const width = (band * 0.8) / c.series.length;
      for (const p of s.data) {
        const x = left + at(p.label) * band + band * 0.1 + si * width;
        parts.push(
          `<rect x="${x}" y="${y(p.value)}" width="${Math.max(1, width - 1)}" height="${y(0) - y(p.value)}" fill="${colour}"/>`,
        );
      }
    } else {
      const points = s.data.map((p) => `${left + at(p.label) * band + band / 2},${y(p.value)}`).join(" ");
      parts.push(`<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
      for (const p of s.data)
        parts.push(
          `<circle cx="${left + at(p.label) * band + band / 2}" cy="${y(p.value)}" r="3.5" fill="${colour}"/>`,
        );
    }
  });
  cats.forEach((label, i) => {
    const x = left + i * band + band / 2;
    parts.push(
      `<text x="${x}" y="${H - bottom + 14}" text-anchor="end" transform="rotate(-30 ${x} ${H - bottom + 14})" class="tick">${escapeHtml(label)}</text>`,
    );
  });
  const legend = c.series
    .map(
      (s, i) => `<span><i style="background:${COLOURS[i % COLOURS.length]}"></i>${escapeHtml(s.name)}</span>`,
    )
    .join("");
  const axis = [c.axis_config.y_label, c.axis_config.x_label].filter(Boolean).map((l) => escapeHtml(l ?? ""));
  return `<div class="chart"><div class="chart-title">${escapeHtml(title)}</div><svg viewBox="0 0 ${W} ${H}" role="img">${parts.join("")}</svg><div class="legend">${legend}</div>${axis.length ? `<div class="axis">${axis.join(" · ")}</div>` : ""}</div>`;
}

function block(b: ReplyBlock): string {
  switch (b.type) {
    case "header":
      return `<h2>${escapeHtml(b.text.text)}</h2>`;
    case "section": {
      const text = b.text ? `<div>${mrkdwn(b.text.text)}</div>` : "";
      const fields = b.fields?.length
        ? `<div class="fields">${b.fields.map((f) => `<div>${mrkdwn(f.text)}</div>`).join("")}</div>`
        : "";
      const accessory = b.accessory?.type === "button" ? button(b.accessory.text.text) : "";
      return `<div class="section"><div class="body">${text}${fields}</div>${accessory}</div>`;
    }
    case "context":
      return `<div class="context">${b.elements.map((e) => ("text" in e && typeof e.text === "string" ? mrkdwn(e.text) : "")).join(" ")}</div>`;
    case "divider":
      return "<hr>";
    case "actions":
      return `<div class="actions">${b.elements.map((e) => (e.type === "button" ? button(e.text.text) : "")).join("")}</div>`;
    case "table":
      return table(b);
    case "data_visualization":
      return chart(b.title, b.chart);
    default:
      return "";
  }
}

const STYLE = `
  body { margin: 0; font: 15px/1.46668 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", sans-serif; color: #1d1c1d; background: #fff; }
  .surface { padding: 12px 16px 24px; }
  .bar { background: #3f0e40; color: #fff; padding: 10px 16px; font-weight: 700; }
  .bar small { font-weight: 400; opacity: 0.8; margin-left: 8px; }
  .message { display: grid; grid-template-columns: 36px minmax(0, 1fr); gap: 8px; }
  .avatar { width: 36px; height: 36px; border-radius: 6px; background: #0b5394; color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; }
  .who { font-weight: 900; } .who small { font-weight: 400; color: #616061; margin-left: 6px; }
  h2 { font-size: 18px; font-weight: 900; margin: 12px 0 4px; }
  .section { display: flex; gap: 12px; align-items: flex-start; margin: 6px 0; }
  .section .body { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; }
  .context { color: #616061; font-size: 13px; margin: 6px 0; }
  hr { border: 0; border-top: 1px solid #dddddd; margin: 12px 0; }
  code { font: 12px Menlo, monospace; color: #e01e5a; background: #f6f6f6; border: 1px solid #e0e0e0; border-radius: 3px; padding: 0 3px; }
  pre { font: 12px Menlo, monospace; background: #f8f8f8; border: 1px solid #e0e0e0; border-radius: 4px; padding: 8px; overflow-x: auto; white-space: pre; }
  a { color: #1264a3; text-decoration: none; }
  .button { display: inline-block; border: 1px solid #bbbabb; border-radius: 4px; padding: 3px 12px; font-weight: 700; font-size: 13px; white-space: nowrap; margin-right: 8px; }
  .actions { margin: 8px 0; }
  .table { overflow-x: auto; margin: 8px 0; border: 1px solid #dddddd; border-radius: 6px; }
  table { border-collapse: collapse; font-size: 13px; min-width: 100%; }
  th, td { padding: 6px 10px; border-bottom: 1px solid #eeeeee; vertical-align: top; }
  th { background: #f8f8f8; font-weight: 700; white-space: nowrap; }
  td { min-width: 2.5em; max-width: 22em; }
  .chart { border: 1px solid #dddddd; border-radius: 6px; padding: 10px 12px; margin: 8px 0; max-width: 680px; }
  .chart-title { font-weight: 700; margin-bottom: 4px; }
  .chart svg { width: 100%; height: auto; } .tick { font-size: 11px; fill: #616061; }
  .legend { font-size: 12px; color: #454245; } .legend span { margin-right: 12px; white-space: nowrap; }
  .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
  .axis { font-size: 11px; color: #868686; }
`;

/** A reply as the person sees it: a Slack-like message from the app, or the app's Home tab. */
export function blockKitPage(o: {
  surface: "message" | "home";
  title: string;
  blocks: readonly ReplyBlock[];
}): string {
  const body = o.blocks.map(block).join("\n");
  const inner =
    o.surface === "home"
      ? `<div class="bar">ROCB Desk<small>Home</small></div><div class="surface">${body}</div>`
      : `<div class="bar"># general<small>${escapeHtml(o.title)}</small></div><div class="surface message"><div class="avatar">R</div><div><div class="who">ROCB Desk <small>APP · Only visible to you</small></div>${body}</div></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(o.title)}</title><style>${STYLE}</style></head><body>${inner}</body></html>`;
}
