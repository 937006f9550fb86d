import { randomUUID } from "node:crypto";
import type { Db } from "../../db/open.ts";
import type { ParsedWorkshop } from "../parsed.ts";
import { writeEvent } from "../write-catalogue.ts";
import { readArticle } from "./index.ts";
import { catalogueVocabulary } from "./vocabulary.ts";

/** Drafts older than this are gone: the person pastes the article again. */
const DRAFT_HOURS = 24;

const lines = (article: string) => article.split(/\r?\n/);

/** Keeps a pasted article for its Confirm; returns the id the confirmation carries. */
export function saveDraft(db: Db, userId: string, article: string, now: Date): string {
  const id = randomUUID();
  db.prepare("DELETE FROM event_drafts WHERE created_at < ?").run(
    new Date(now.getTime() - DRAFT_HOURS * 3_600_000).toISOString(),
  );
  db.prepare("INSERT INTO event_drafts (id, user_id, article, created_at) VALUES (?, ?, ?, ?)").run(
    id,
    userId,
    article,
    now.toISOString(),
  );
  return id;
}

/** One event of an article as Confirm wrote it: the workshop it became, and whether it was already listed. */
export interface Written {
  id: number;
  matched: boolean;
  event: ParsedWorkshop;
}

export type Recorded =
  | { recorded: true; written: Written[] }
  | { recorded: false; sentence: string; workshopId?: number };

/** Reads a pasted article as the import does, with the catalogue's words for glued ones. */
export function readDraft(db: Db, article: string) {
  return readArticle(lines(article), { vocabulary: catalogueVocabulary(db) });
}

/**
 * Records the draft's events, once: the article is read again on the server (the confirmation carries
 * only the draft's id), all its events written in one transaction, and the draft marked used. A used,
 * expired or someone else's draft records nothing and says why.
 */
export function recordDraft(db: Db, draftId: string, userId: string, now: Date): Recorded {
  return db.transaction((): Recorded => {
    const draft = db
      .prepare("SELECT article, user_id, created_at, used_at, workshop_id FROM event_drafts WHERE id = ?")
      .get(draftId) as
      | {
          article: string;
          user_id: string;
          created_at: string;
          used_at: string | null;
          workshop_id: number | null;
        }
      | undefined;
    const expired = draft && Date.parse(draft.created_at) < now.getTime() - DRAFT_HOURS * 3_600_000;
    if (!draft || draft.user_id !== userId || expired) {
      return {
        recorded: false,
        sentence: "This article is no longer waiting to be recorded; paste it again.",
      };
    }
    if (draft.used_at) {
      return {
        recorded: false,
        sentence: `This article was already recorded${draft.workshop_id ? ` as workshop ${draft.workshop_id}` : ""}; nothing was changed.`,
        ...(draft.workshop_id ? { workshopId: draft.workshop_id } : {}),
      };
    }
    const reading = readDraft(db, draft.article);
    if (!("events" in reading)) {
      return {
        recorded: false,
        sentence: "problem" in reading ? reading.problem : "The text names no event.",
      };
    }
    const written = reading.events.map((event) => ({ ...writeEvent(db, event, null), event }));
    db.prepare("UPDATE event_drafts SET used_at = ?, workshop_id = ? WHERE id = ?").run(
      now.toISOString(),
      written[0]?.id ?? null,
      draftId,
    );
    return { recorded: true, written };
  })();
}
