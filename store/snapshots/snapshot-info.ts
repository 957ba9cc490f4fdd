import { z } from 'zod';

/** One stored estate snapshot's header, as read back from the store (validated, not trusted). */
export const snapshotInfoSchema = z
  .object({
    id: z.number().int().positive(),
    as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    source: z.string(),
    server_count: z.number().int().min(0),
    content_hash: z.string().regex(/^[0-9a-f]{64}$/),
    imported_at: z.string(),
    imported_by: z.string(),
  })
  .transform((r) => ({
    id: r.id,
    asOf: r.as_of,
    month: r.month,
    source: r.source,
    serverCount: r.server_count,
    contentHash: r.content_hash,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
  }));

export type SnapshotInfo = z.output<typeof snapshotInfoSchema>;

export const snapshotColumns = 'id, as_of, month, source, server_count, content_hash, imported_at, imported_by';
