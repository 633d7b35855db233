/**
 * Only the CSS the pages use: nhsuk-frontend's components and utilities bring far more
 * rules than the site's templates name (header and card variants, every spacing
 * utility at every breakpoint), about 190 kB. PurgeCSS drops, at build time, every rule
 * whose classes appear in none of the files that can write a class into a page.
 *
 * What it must keep, and how:
 * - classes in templates, scripts and content: `content` lists every file a class can
 *   come from (components, pages, composables and utils, the Markdown pages, the
 *   interface text, the shared types that name locales and directions);
 * - class names built at run time: the one template that does (SitePaginationLink:
 *   `nhsuk-pagination__link--${direction}`) is safelisted by prefix;
 * - plain elements, which CMS rich text and Markdown write without classes (headings of
 *   any level, lists, quotes, code, figures, tables): every selector token that is a
 *   single lower-case word is kept, so element rules always survive;
 * - Vue's scoped styles (`[data-v-…]`, a hash that is in no source file);
 * - states and focus styles (`:focus`, `:focus-visible`, `--error`): pseudo-classes
 *   stay with their selector, and the error modifiers are written in the templates.
 */
import path from 'node:path';

export function purgeCssOptions(webDir: string) {
  const from = (glob: string) => path.join(webDir, glob);
  return {
    content: [
      from('app/**/*.vue'),
      from('app/**/*.ts'),
      from('content/**/*.md'),
      from('i18n/**/*.json'),
      from('shared/**/*.ts'),
      path.join(webDir, '..', 'shared-types', 'src', 'site', '**', '*.ts'),
    ],
    safelist: {
      standard: [/^[a-z][a-z0-9]*$/, /^nhsuk-pagination__link--/],
      greedy: [/data-v-/],
    },
  };
}
