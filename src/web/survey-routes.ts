import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Db } from "../db/open.ts";
import { BodyError, readBody } from "../http/body.ts";
import type { HttpRoute } from "../http/route.ts";
import { emailOfToken, findSurveyLink, type LinkLookup, optOut } from "../surveys/links.ts";
import { findSurveyResponse, saveSurveyResponse } from "../surveys/responses.ts";
import { escapeHtml } from "./html.ts";
import { sendNotice, sendPage } from "./page.ts";
import { CHANGES_MAX, isEmptyAnswer, OFFICE, parseSurveyForm, surveyFormHtml } from "./survey-form.ts";

export interface SurveyWebDeps {
  db: Db;
  now: () => Date;
  logger: Pick<Logger, "info" | "warn">;
}

/**
 * The largest body the form can send: its text at the form's own limit, every character of it three
 * bytes in UTF-8 (Thai, Devanagari, Chinese; a four-byte character counts twice in the limit) and each byte
 * percent-encoded as three, plus the other fields. Anything bigger is refused with 413 before it is read.
 */
export const FORM_BODY_LIMIT = CHANGES_MAX * 3 * 3 + 4 * 1024;

function refuseLink(res: ServerResponse, lookup: Exclude<LinkLookup, { ok: true }>): void {
  if (lookup.reason === "expired") {
    sendNotice(
      res,
      410,
      "This survey link has expired",
      "The survey is closed for this link. Thank you all the same; if you still wish to answer, reply to the e-mail that brought you here.",
    );
  } else {
    sendNotice(
      res,
      404,
      "This survey link is not valid",
      "Please open the link exactly as it came in the e-mail.",
    );
  }
}

function refuseUnsubscribe(res: ServerResponse): void {
  sendNotice(res, 404, "This link is not valid", "Please open the link exactly as it came in the e-mail.");
}

const URLENCODED = "application/x-www-form-urlencoded";

/**
 * Reads a form body of one of `types` (by default the urlencoded form our pages send), answering the
 * request itself when it cannot be read.
 */
async function readForm(
  req: IncomingMessage,
  res: ServerResponse,
  types: readonly string[] = [URLENCODED],
): Promise<string | null> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!types.includes(type)) {
    res.setHeader("connection", "close");
    sendNotice(res, 415, "Unsupported form", "Please send the survey from its page.");
    return null;
  }
  try {
    return (await readBody(req, FORM_BODY_LIMIT)).toString("utf8");
  } catch (err) {
    if (!(err instanceof BodyError)) throw err;
    // The rest of the body is never read: the connection closes with the answer.
    res.setHeader("connection", "close");
    if (err.status === 413) sendNotice(res, 413, "Answer too long", "The form was too large to accept.");
    else if (err.status === 503)
      sendNotice(res, 503, "Busy", "Too many forms are arriving at once; please send it again.");
    else sendNotice(res, 400, "Incomplete form", "The form arrived incomplete; please send it again.");
    return null;
  }
}

/**
 * The follow-up survey on the web, for participants reached by e-mail: `/survey/<token>` shows the form
 * (with the stored answer) and takes its submission; `/unsubscribe/<token>` stops survey e-mail to the
 * address (a GET only asks, since mail scanners open links; the POST, also RFC 8058's one-click, acts).
 */
export function surveyWebRoutes(deps: SurveyWebDeps): HttpRoute[] {
  const { db, logger } = deps;
  return [
    {
      method: "GET",
      path: "/survey/*",
      handle(_req, res, url, token = "") {
        const lookup = findSurveyLink(db, token, deps.now());
        if (!lookup.ok) return refuseLink(res, lookup);
        const t = lookup.target;
        const previous = findSurveyResponse(db, t.workshopId, t.participantId);
        const body = surveyFormHtml(t, previous, {
          // Relative to the page, so the form also works behind a proxy that serves the bot under a prefix.
          action: token,
          notice: url.searchParams.has("saved") && previous !== null ? "saved" : "none",
        });
        sendPage(res, 200, `Follow-up survey: ${t.workshop.title}`, body);
      },
    },
    {
      method: "POST",
      path: "/survey/*",
      async handle(req, res, _url, token = "") {
        const lookup = findSurveyLink(db, token, deps.now());
        if (!lookup.ok) {
          res.setHeader("connection", "close");
          return refuseLink(res, lookup);
        }
        const body = await readForm(req, res);
        if (body === null) return;
        const answer = parseSurveyForm(body);
        if (typeof answer === "string") return sendNotice(res, 400, "The form could not be read", answer);
        if (isEmptyAnswer(answer)) {
          const t = lookup.target;
          const previous = findSurveyResponse(db, t.workshopId, t.participantId);
          const page = surveyFormHtml(t, previous, { action: token, notice: "empty" });
          return sendPage(res, 400, `Follow-up survey: ${t.workshop.title}`, page);
        }
        // Looked up again once the body is in: the link may have expired, or staff removed the participant
        // (the link goes with them), while it was being read.
        const still = findSurveyLink(db, token, deps.now());
        if (!still.ok) return refuseLink(res, still);
        const t = still.target;
        const stored = saveSurveyResponse(db, {
          workshopId: t.workshopId,
          participantId: t.participantId,
          by: { channel: "web" },
          answer,
          now: deps.now(),
        });
        logger.info(
          { workshop: t.workshopId, revision: stored.revision },
          "survey response stored from the web",
        );
        // Post/redirect/get: reloading the thank-you page does not send the form again.
        res.writeHead(303, { location: `${token}?saved=1`, "cache-control": "no-store" });
        res.end();
      },
    },
    {
      method: "GET",
      path: "/unsubscribe/*",
      handle(_req, res, _url, token = "") {
        if (!emailOfToken(db, token)) return refuseUnsubscribe(res);
        sendPage(
          res,
          200,
          "Stop survey e-mails",
          [
            `<p class="office">${escapeHtml(OFFICE)}</p>`,
            "<h1>Stop survey e-mails</h1>",
            "<p>Press the button to receive no more follow-up survey e-mails from the ROCB A/P at this address. Nothing changes until you do.</p>",
            `<form method="post" action="${escapeHtml(token)}"><p><button type="submit">Stop the e-mails</button></p></form>`,
          ].join("\n"),
        );
      },
    },
    {
      method: "POST",
      path: "/unsubscribe/*",
      async handle(req, res, _url, token = "") {
        const email = emailOfToken(db, token);
        if (!email) {
          res.setHeader("connection", "close");
          return refuseUnsubscribe(res);
        }
        // RFC 8058 allows the one-click POST in either form encoding; its content says nothing we need.
        const body = await readForm(req, res, [URLENCODED, "multipart/form-data"]);
        if (body === null) return;
        optOut(db, email, deps.now());
        logger.info("a participant unsubscribed from survey e-mail");
        sendNotice(
          res,
          200,
          "Unsubscribed",
          "Done: this address will receive no more follow-up survey e-mails from the ROCB A/P.",
        );
      },
    },
  ];
}
