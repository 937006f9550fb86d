/** A mistake the user can fix: `code` for logs, `message` a sentence for people. */
export class SurveysError extends Error {
  override name = "SurveysError";
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
