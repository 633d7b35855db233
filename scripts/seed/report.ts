import type { Finding } from './data/types.ts';
import type { SeedTypeName } from './seed-types.ts';

export interface TypeCounts {
  created: number;
  alreadyPresent: number;
  deletedSinceImport: number;
}

export interface SeedReport {
  counts: Record<SeedTypeName, TypeCounts>;
  /** Imported once, deleted by an editor since, left alone. */
  deletedSinceImport: { type: SeedTypeName; key: string }[];
  /** Relations left out because their target was deleted since import. */
  warnings: string[];
  /** Every ambiguity, contradiction, gap, derivation and artefact removal, in source order. */
  findings: readonly Finding[];
}

export function emptyReport(types: readonly SeedTypeName[], findings: readonly Finding[]): SeedReport {
  const counts = Object.fromEntries(
    types.map((type) => [type, { created: 0, alreadyPresent: 0, deletedSinceImport: 0 }]),
  ) as Record<SeedTypeName, TypeCounts>;
  return { counts, deletedSinceImport: [], warnings: [], findings };
}

function countLines(report: SeedReport): string[] {
  const rows = Object.entries(report.counts).map(
    ([type, c]) => `  ${type.padEnd(18)} ${String(c.created).padStart(7)} ${String(c.alreadyPresent).padStart(15)} ${String(c.deletedSinceImport).padStart(20)}`,
  );
  return [`  ${'type'.padEnd(18)} ${'created'.padStart(7)} ${'already present'.padStart(15)} ${'deleted since import'.padStart(20)}`, ...rows];
}

function findingLines(finding: Finding, number: number): string[] {
  const flag = finding.prominent ? ' [EDITOR ACTION]' : '';
  return [
    `${number}. [${finding.kind}]${flag} ${finding.about}`,
    ...finding.quotes.map((quote) => `     ${quote.source}: "${quote.text.replace(/\s+/g, ' ')}"`),
    `     -> ${finding.note}`,
  ];
}

/** The IMPORT REPORT as printed at the end of a run. */
export function formatReport(report: SeedReport): string {
  const prominent = report.findings.filter((finding) => finding.prominent);
  return [
    '',
    '==================== IMPORT REPORT ====================',
    ...countLines(report),
    '',
    ...(report.deletedSinceImport.length > 0
      ? ['Deleted since import, left alone:', ...report.deletedSinceImport.map(({ type, key }) => `  - ${type} ${key}`), '']
      : []),
    ...(report.warnings.length > 0 ? ['Warnings:', ...report.warnings.map((warning) => `  - ${warning}`), ''] : []),
    `Editor action needed (${prominent.length}):`,
    ...prominent.map((finding) => `  ! ${finding.about}`),
    '',
    'Source ambiguities, contradictions, gaps and derivations:',
    ...report.findings.flatMap((finding, index) => findingLines(finding, index + 1)),
    '=======================================================',
  ].join('\n');
}
