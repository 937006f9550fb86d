import type { KnownBlock } from "@slack/types";

/** Slack's published Block Kit limits that our replies can reach. */
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  actionsElements: 25,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
} as const;

/** Every way `blocks` breaks Slack's limits, as sentences; empty when the message is valid. */
export function checkLimits(blocks: readonly KnownBlock[]): string[] {
  const problems: string[] = [];
  if (blocks.length > LIMITS.blocks) problems.push(`${blocks.length} blocks (max ${LIMITS.blocks})`);
  blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    const tooLong = (what: string, text: string | undefined, max: number) => {
      if (text === undefined || text.length === 0) problems.push(`${at}: empty ${what}`);
      else if (text.length > max) problems.push(`${at}: ${what} has ${text.length} characters (max ${max})`);
    };
    switch (block.type) {
      case "header":
        tooLong("header text", block.text.text, LIMITS.headerText);
        break;
      case "section": {
        if (!block.text && !block.fields) problems.push(`${at}: neither text nor fields`);
        if (block.text) tooLong("section text", block.text.text, LIMITS.sectionText);
        const fields = block.fields ?? [];
        if (fields.length > LIMITS.sectionFields) problems.push(`${at}: ${fields.length} fields`);
        for (const f of fields) tooLong("field", f.text, LIMITS.fieldText);
        if (block.accessory?.type === "button") {
          tooLong("button text", block.accessory.text.text, LIMITS.buttonText);
          if ((block.accessory.value ?? "").length > LIMITS.buttonValue) problems.push(`${at}: button value`);
        }
        break;
      }
      case "actions":
        if (block.elements.length > LIMITS.actionsElements)
          problems.push(`${at}: ${block.elements.length} elements`);
        if (block.elements.length === 0) problems.push(`${at}: no elements`);
        for (const e of block.elements) {
          if (e.type !== "button") continue;
          tooLong("button text", e.text.text, LIMITS.buttonText);
          if ((e.value ?? "").length > LIMITS.buttonValue) problems.push(`${at}: button value too long`);
          if ((e.action_id ?? "").length > LIMITS.actionId) problems.push(`${at}: action_id too long`);
        }
        break;
      case "context":
        if (block.elements.length > LIMITS.contextElements)
          problems.push(`${at}: ${block.elements.length} elements`);
        if (block.elements.length === 0) problems.push(`${at}: no elements`);
        for (const e of block.elements) if ("text" in e) tooLong("context text", e.text, LIMITS.sectionText);
        break;
      default:
        break;
    }
  });
  return problems;
}
