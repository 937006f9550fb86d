import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { checkLimits } from "../../src/blocks/limits.ts";
import { reminderMessage, surveyModal, thanksModal } from "../../src/surveys/blocks.ts";

const workshop = (title: string, city: string) => ({
  title,
  startDate: "2024-06-10",
  endDate: "2024-06-14",
  city,
  hostCountry: null,
  countries: Array.from({ length: 200 }, (_, i) => `Country ${i}`).join(", "),
});

describe("reminder and survey blocks", () => {
  it.each([
    "initial",
    "nudge",
  ] as const)("keep a %s reminder within Slack's limits whatever the title and name", (kind) => {
    const m = reminderMessage({
      reminderId: 1,
      kind,
      name: "N".repeat(5_000),
      workshop: workshop(`Regional Workshop ${"on Risk Management ".repeat(400)}`, "C".repeat(3_000)),
    });
    expect(checkLimits(m.blocks)).toEqual([]);
    expect(m.text.length).toBeLessThan(4_000);
  });

  it("escapes names and titles, so a file cannot mention @channel or link", () => {
    const m = reminderMessage({
      reminderId: 1,
      kind: "initial",
      name: "<!channel> Ana",
      workshop: workshop("Workshop <https://evil.example|click> & more", "Suva"),
    });
    const all = JSON.stringify(m);
    expect(all).not.toContain("<!channel>");
    expect(all).not.toContain("<https://evil.example");
    expect(all).toContain("&lt;!channel&gt; Ana");
  });

  it("keeps the modal and the thanks within limits for a very long title", () => {
    const title = "T".repeat(10_000);
    const modal = surveyModal({ reminderId: 1, workshopTitle: title, previous: null });
    expect(checkLimits(modal.blocks as KnownBlock[])).toEqual([]);
    expect(checkLimits(thanksModal(title, 2).blocks as KnownBlock[])).toEqual([]);
  });
});
