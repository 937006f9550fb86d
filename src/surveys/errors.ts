/** A mistake the user can fix: `code` for logs, `message` a sentence for people. */
export class SurveysError extends Error {
  override name = "SurveysError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
