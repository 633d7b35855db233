import type { Snapshot } from './snapshot';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** JSON with sorted keys, so two equal values always compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The fields whose values differ between two snapshots (a field missing on one side counts as null). */
export function diffSnapshots(before: Snapshot | null, after: Snapshot): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    const from = before?.[field] ?? null;
    const to = after[field] ?? null;
    if (canonical(from) !== canonical(to)) changes.push({ field, before: from, after: to });
  }
  return changes;
}
