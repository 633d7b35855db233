import type { Composed, Link, Linked } from './types.ts';

/** An e-mail address as written, linked with mailto: (the address itself is verbatim). */
export function mail(address: string): Link {
  return { link: address, url: `mailto:${address}` };
}

/** A paragraph with links in it. */
export function linked(...parts: (string | Link)[]): Linked {
  return { parts };
}

/** Text made of verbatim pieces joined with `separator`. */
export function composed(separator: string, ...pieces: string[]): Composed {
  return { join: pieces, with: separator };
}
