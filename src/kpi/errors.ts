export type KpiErrorCode =
  | "usage"
  | "bad_code"
  | "no_plan"
  | "no_item"
  | "no_kpi"
  | "bad_value"
  | "bad_date"
  | "not_staff";

/** A mistake the user can fix; `message` is the sentence they see. */
export class KpiError extends Error {
  override name = "KpiError";
  readonly code: KpiErrorCode;

  constructor(code: KpiErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
