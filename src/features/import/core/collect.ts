/** Gathers a converter's messages, keeping at most MAX_MESSAGES_PER_CODE of each row/feature code. */
import { MAX_MESSAGES_PER_CODE } from './limits';
import type { ImportMessage } from './types';

export class Messages {
  readonly notes: ImportMessage[] = [];
  readonly errors: ImportMessage[] = [];
  private readonly counts = new Map<string, number>();
  constructor(readonly file: string) {}

  error(code: string, params?: ImportMessage['params'], where?: { row?: number; feature?: number }) {
    this.errors.push({ code, severity: 'error', file: this.file, ...where, ...(params ? { params } : {}) });
  }

  /** A note about one row or feature (capped per code). */
  note(code: string, params?: ImportMessage['params'], where?: { row?: number; feature?: number }) {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n <= MAX_MESSAGES_PER_CODE) this.notes.push({ code, severity: 'note', file: this.file, ...where, ...(params ? { params } : {}) });
  }

  /** A note about the whole file: listed before the row notes. */
  lead(code: string, params?: ImportMessage['params']) {
    this.notes.unshift({ code, severity: 'note', file: this.file, ...(params ? { params } : {}) });
  }

  /** Appends one 'more-problems' note per capped code. */
  summarise() {
    for (const [code, n] of this.counts) {
      if (n > MAX_MESSAGES_PER_CODE) this.notes.push({ code: 'more-problems', severity: 'note', file: this.file, params: { code, count: n - MAX_MESSAGES_PER_CODE } });
    }
  }
}
