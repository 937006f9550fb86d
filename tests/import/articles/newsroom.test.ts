import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/import/articles/index.ts";
import type { ParsedWorkshop } from "../../../src/import/parsed.ts";
import { type Expected, NOT_EVENTS, REFUSED, STORIES } from "./newsroom.ts";

const read = (text: string) => readArticle(text.split("\n"));

/** The event as the tests state it: only the place fields the story gives are compared. */
function asExpected(e: ParsedWorkshop, want: Expected) {
  const virtual = e.venue === "online" && e.city === null && e.hostCountry === null;
  return {
    name: e.title.toLowerCase(),
    start: e.start,
    end: e.end,
    kind: e.kind,
    ...(want.virtual ? { virtual } : {}),
    ...(want.city !== undefined ? { city: e.city } : {}),
    ...(want.country !== undefined ? { country: e.hostCountry } : {}),
  };
}

describe("articles and newsletter fragments: every event, with exact dates, place and kind", () => {
  it.each(STORIES.map((s) => [s.shape, s.title, s] as const))("%s: %s", (_shape, _title, story) => {
    const r = read(story.text);
    if (!("events" in r)) throw new Error(`no events: ${JSON.stringify(r)}`);
    expect(r.events.map((e, i) => asExpected(e, story.events[i] ?? (story.events[0] as Expected)))).toEqual(
      story.events.map((e) => ({ ...e, name: e.name.toLowerCase() })),
    );
  });
});

describe("texts that are not events, and texts refused with a sentence", () => {
  it.each(NOT_EVENTS)("%s yields nothing", (_what, text) => {
    expect(read(text)).toEqual({ nothing: true });
  });

  it.each(REFUSED)("%s: a sentence naming the event, no events", (_what, text, sentence) => {
    const r = read(text);
    expect(r).toEqual({ problem: expect.stringMatching(sentence) });
  });
});
