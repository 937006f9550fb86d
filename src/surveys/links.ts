import { randomBytes } from "node:crypto";
import type { PlaceOfWorkshop } from "../blocks/workshops.ts";
import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";

/** 32 random bytes in base64url: 256 bits, 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface SurveyLink {
  token: string;
  expiresAt: string;
}

/** What a valid token opens: one participant's survey of one workshop. */
export interface LinkTarget {
  participantId: number;
  workshopId: number;
  name: string;
  email: string;
  expiresAt: string;
  workshop: { title: string; startDate: string | null; endDate: string | null } & PlaceOfWorkshop;
}

/**
 * The participant's personal link, created on first use and kept: the nudge carries the same link, and
 * it expires `days` after the first e-mail.
 */
export function ensureSurveyLink(db: Db, participantId: number, now: Date, days: number): SurveyLink {
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  stmt(
    db,
    `INSERT INTO survey_links (participant_id, token, created_at, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (participant_id) DO NOTHING`,
  ).run(participantId, randomBytes(32).toString("base64url"), now.toISOString(), expiresAt);
  return stmt(db, "SELECT token, expires_at AS expiresAt FROM survey_links WHERE participant_id = ?").get(
    participantId,
  ) as SurveyLink;
}

export type LinkLookup = { ok: true; target: LinkTarget } | { ok: false; reason: "unknown" | "expired" };

/** Resolves a token from a URL; a malformed, unknown or expired one opens nothing. */
export function findSurveyLink(db: Db, token: string, now: Date): LinkLookup {
  if (!TOKEN.test(token)) return { ok: false, reason: "unknown" };
  const row = stmt(
    db,
    `SELECT l.participant_id AS participantId, p.workshop_id AS workshopId, p.name, p.email,
              l.expires_at AS expiresAt, w.title, w.start_date AS startDate, w.end_date AS endDate,
              w.city, w.host_country AS hostCountry,
              COALESCE((SELECT group_concat(country, ', ') FROM workshop_countries c WHERE c.workshop_id = w.id), '')
                AS countries
         FROM survey_links l JOIN participants p ON p.id = l.participant_id JOIN workshops w ON w.id = p.workshop_id
        WHERE l.token = ?`,
  ).get(token) as (Omit<LinkTarget, "workshop"> & LinkTarget["workshop"]) | undefined;
  if (!row) return { ok: false, reason: "unknown" };
  if (row.expiresAt <= now.toISOString()) return { ok: false, reason: "expired" };
  const { title, startDate, endDate, city, hostCountry, countries, ...rest } = row;
  return {
    ok: true,
    target: { ...rest, workshop: { title, startDate, endDate, city, hostCountry, countries } },
  };
}

/** The address behind a token, expired or not: unsubscribing keeps working after the survey closed. */
export function emailOfToken(db: Db, token: string): string | null {
  if (!TOKEN.test(token)) return null;
  const row = stmt(
    db,
    "SELECT p.email FROM survey_links l JOIN participants p ON p.id = l.participant_id WHERE l.token = ?",
  ).get(token) as { email: string } | undefined;
  return row?.email ?? null;
}

export function surveyUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/survey/${token}`;
}

export function unsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/unsubscribe/${token}`;
}

/** Stops every further survey e-mail to the address (any workshop). */
export function optOut(db: Db, email: string, now: Date): void {
  stmt(db, "INSERT INTO mail_optouts (email, at) VALUES (lower(?), ?) ON CONFLICT (email) DO NOTHING").run(
    email,
    now.toISOString(),
  );
}

export function isOptedOut(db: Db, email: string): boolean {
  return stmt(db, "SELECT 1 FROM mail_optouts WHERE email = lower(?)").get(email) !== undefined;
}
