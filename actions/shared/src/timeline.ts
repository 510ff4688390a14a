// What happened when, for the job summary.
export interface TimelineEntry {
  at: Date;
  event: string;
}

export class Timeline {
  readonly entries: TimelineEntry[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  add(event: string): void {
    this.entries.push({ at: this.now(), event });
  }
}
