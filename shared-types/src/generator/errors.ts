/**
 * Bad schema input. Carries every problem found, each starting with the file it is in,
 * so one run tells the author everything to fix.
 */
export class SchemaError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const list = problems.map((problem) => `  - ${problem}`).join('\n');
    super(`The Strapi schemas cannot be turned into types:\n${list}`);
    this.name = 'SchemaError';
    this.problems = problems;
  }
}
