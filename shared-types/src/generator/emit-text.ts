/** Small text-building helpers shared by the emitters, so both files look alike. */

const MAX_WIDTH = 100;

/** The first lines of every generated file. */
export function header(what: string): string {
  return [
    `// ${what}`,
    '// Generated from the Strapi schemas in cms/src by `pnpm types:generate`',
    '// (shared-types/src/generator/cli.ts). Do not edit by hand: change the schemas and regenerate.',
    '',
  ].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A JSDoc comment: one line when it fits, else wrapped, with a blank line between
 * paragraphs. Returns no lines when there is nothing to say.
 */
export function jsDoc(paragraphs: readonly string[], indent = ''): string[] {
  // `*/` inside the text would end the comment early.
  const texts = paragraphs.map((text) => text.replace(/\*\//g, '*\\/').trim()).filter((text) => text !== '');
  if (texts.length === 0) return [];
  const single = `${indent}/** ${texts[0]} */`;
  if (texts.length === 1 && single.length <= MAX_WIDTH) return [single];
  const body = texts.flatMap((text, index) => [...(index > 0 ? [''] : []), ...wrap(text, MAX_WIDTH - indent.length - 3)]);
  return [`${indent}/**`, ...body.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`];
}
