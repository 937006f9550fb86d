import type { ReplyBlock } from "./kit.ts";
import { tableLines } from "./table.ts";

/** mrkdwn to readable plain text: links keep their label, entities are decoded, emphasis marks go. */
export function mrkdwnToPlain(text: string): string {
  return text
    .replace(/<([^|<>]+)\|([^<>]+)>/g, "$2")
    .replace(/<([^<>]+)>/g, "$1")
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,:;!?]|$)/gm, "$1$2")
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,:;!?]|$)/gm, "$1$2")
    .replace(/```/g, "")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export interface PlainOptions {
  /** How a header line is shown (the console underlines it). */
  heading?: (text: string) => string;
}

/** A whole message as plain text: the Slack fallback `text`, and the console's rendering. */
export function blocksToPlain(blocks: readonly ReplyBlock[], options: PlainOptions = {}): string {
  const heading = options.heading ?? ((t: string) => t);
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case "header":
        out.push(heading(block.text.text));
        break;
      case "section": {
        const lines: string[] = [];
        if (block.text) lines.push(mrkdwnToPlain(block.text.text));
        for (const f of block.fields ?? []) lines.push(mrkdwnToPlain(f.text).replace("\n", ": "));
        out.push(lines.join("\n"));
        break;
      }
      case "context":
        out.push(
          block.elements
            .map((e) => ("text" in e && typeof e.text === "string" ? mrkdwnToPlain(e.text) : ""))
            .join("  "),
        );
        break;
      case "divider":
        out.push("");
        break;
      case "table":
        out.push(tableLines(block).join("\n"));
        break;
      case "data_visualization":
        // The chart's figures stand in a table or in words beside it; the text names the chart only.
        out.push(`Chart: ${block.title}`);
        break;
      default:
        break;
    }
  }
  return out
    .filter((s, i, all) => s !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
}
