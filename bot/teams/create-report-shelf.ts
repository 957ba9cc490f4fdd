import { randomUUID } from 'node:crypto';
import type { BusinessCaseReport } from './teams-deps.js';

export interface ShelvedReport extends BusinessCaseReport {
  expiresAt: number;
}

export interface ReportShelf {
  /** Keeps a rendered report until `expiresAt` (ms) and returns its unguessable id. */
  put(report: BusinessCaseReport, expiresAt: number, now: number): string;
  get(id: string, now: number): ShelvedReport | undefined;
  delete(id: string): void;
}

/**
 * Rendered PDFs waiting to be uploaded (file consent) or downloaded (signed channel link). Kept in
 * memory: a restart only costs a click on "Business case PDF" again, and nothing lands on disk or
 * public storage. Expired entries are dropped whenever a new one is added.
 */
export function createReportShelf(): ReportShelf {
  const reports = new Map<string, ShelvedReport>();
  return {
    put(report, expiresAt, now) {
      for (const [id, shelved] of reports) if (shelved.expiresAt < now) reports.delete(id);
      const id = randomUUID();
      reports.set(id, { ...report, expiresAt });
      return id;
    },
    get(id, now) {
      const shelved = reports.get(id);
      return shelved && shelved.expiresAt >= now ? shelved : undefined;
    },
    delete(id) {
      reports.delete(id);
    },
  };
}
