import { describe, expect, it } from "vitest";
import { kindFor, ROLE_RULES, roleIn } from "../../../src/import/articles/classes.ts";

describe("who ran an event: the rules table", () => {
  it.each(ROLE_RULES.map((r) => [r.rule, r] as const))("%s", (_rule, r) => {
    // Its example is caught by this rule and by no rule before it.
    expect(ROLE_RULES.find((x) => x.test.test(r.example))).toBe(r);
    expect(roleIn(r.example)).toBe(r.role);
  });

  it("a partner's organising does not make the office's taking part its own", () => {
    expect(
      roleIn(
        "The ROCB A/P took part in the ADB Regional Workshop on Trade Facilitation, organized by the ADB.",
      ),
    ).toBe("took part");
    expect(roleIn("The Head of the ROCB A/P delivered a presentation at the Seminar on E-commerce.")).toBe(
      "took part",
    );
    expect(roleIn("Twenty officers attended the workshop.")).toBeNull();
  });

  it.each([
    [
      "a training event the office took part in is not its workshop",
      "Regional Training on Profiling",
      "took part",
      "other",
    ],
    [
      "its own workshop with a partner's acronym first is its workshop",
      "WCO/JICA Joint Regional Workshop",
      "own",
      "regional",
    ],
    ["a meeting stays a meeting whoever hosted it", "3rd Regional Meeting", "own", "meeting"],
    ["no role said: a partner's acronym decides", "ADB Regional Workshop", null, "other"],
  ] as const)("%s", (_what, name, role, kind) => {
    expect(kindFor(name, "", role)).toBe(kind);
  });
});
