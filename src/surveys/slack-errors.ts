/** How the outbox treats a failed Web API call. */
export type Failure =
  | { kind: "rate_limited"; retryAfterMs: number; message: string }
  | { kind: "unreachable"; message: string }
  | { kind: "transient"; message: string }
  | { kind: "fatal"; message: string };

/** The person cannot be reached through Slack: no account for the email, deactivated, a bot… */
const UNREACHABLE = new Set([
  "users_not_found",
  "user_not_found",
  "user_not_visible",
  "user_disabled",
  "cannot_dm_bot",
  "is_bot",
]);

/** The bot itself cannot work (token, scopes): stop the run instead of burning every reminder's attempts. */
const FATAL = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "missing_scope",
  "no_permission",
  "team_access_not_granted",
  "not_allowed_token_type",
]);

/**
 * Classifies an error thrown by `@slack/web-api` (built with `rejectRateLimitedCalls: true` and no retries):
 * coded errors carry `code`, and platform errors `data.error`.
 */
export function classifySlackError(err: unknown): Failure {
  const e = err as {
    code?: string;
    retryAfter?: number;
    statusCode?: number;
    data?: { error?: string };
    message?: string;
  };
  const message = e?.message ?? String(err);
  switch (e?.code) {
    case "slack_webapi_rate_limited_error":
      return { kind: "rate_limited", retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000, message };
    case "slack_webapi_http_error":
      return { kind: "transient", message: `HTTP ${e.statusCode ?? "error"} from Slack` };
    case "slack_webapi_request_error":
      return { kind: "transient", message: `network error: ${message}` };
    case "slack_webapi_platform_error": {
      const code = e.data?.error ?? "unknown_error";
      if (code === "ratelimited") return { kind: "rate_limited", retryAfterMs: 1000, message: code };
      if (UNREACHABLE.has(code)) return { kind: "unreachable", message: code };
      if (FATAL.has(code)) return { kind: "fatal", message: code };
      return { kind: "transient", message: code };
    }
    default:
      return { kind: "transient", message };
  }
}
