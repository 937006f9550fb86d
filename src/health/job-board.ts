export type JobOutcome = "succeeded" | "failed";

/** What the health check knows about one scheduled job. */
export interface JobStatus {
  /** The longest wait between two scheduled runs; "late" is measured in these. */
  intervalMs: number;
  /** When the job was scheduled: a job that has never succeeded is late counting from here. */
  scheduledAt: Date;
  running: boolean;
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  lastOutcome: JobOutcome | null;
  /** The last failure's message (never a stack). */
  lastError: string | null;
  lastSucceededAt: Date | null;
}

/** The scheduled jobs' runs, as `scheduleJobs` records them, read by the health check. */
export class JobBoard {
  private readonly jobs = new Map<string, JobStatus>();

  private readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
  }

  /** Declares a job and how often it is meant to run. */
  schedule(name: string, intervalMs: number): void {
    this.jobs.set(name, {
      intervalMs,
      scheduledAt: this.clock(),
      running: false,
      lastStartedAt: null,
      lastFinishedAt: null,
      lastOutcome: null,
      lastError: null,
      lastSucceededAt: null,
    });
  }

  /** Runs one run of a declared job, recording its start, end and outcome; a failure is rethrown. */
  async track<T>(name: string, run: () => Promise<T>): Promise<T> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`JobBoard: job ${name} was never scheduled`);
    job.running = true;
    job.lastStartedAt = this.clock();
    try {
      const result = await run();
      job.lastOutcome = "succeeded";
      job.lastError = null;
      job.lastSucceededAt = this.clock();
      return result;
    } catch (err) {
      job.lastOutcome = "failed";
      job.lastError = err instanceof Error ? err.message : String(err);
      throw err;
    } finally {
      job.running = false;
      job.lastFinishedAt = this.clock();
    }
  }

  /** A copy of every scheduled job's status, by name; a job not scheduled in this process is absent. */
  statuses(): Record<string, JobStatus> {
    return Object.fromEntries([...this.jobs].map(([name, job]) => [name, { ...job }]));
  }
}
