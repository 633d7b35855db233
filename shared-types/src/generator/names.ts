/** Naming and quoting rules shared by the model builder and the emitters. */

/** Splits `news-item`, `contractType`, `contract_type` or `brief.section` into words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `news-item` -> `NewsItem`, `contractType` -> `ContractType`. Inner capitals are kept (`metaURL` -> `MetaURL`). */
export function pascalCase(...names: string[]): string {
  return names
    .flatMap(words)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `Vacancy` + `contractType` -> `VACANCY_CONTRACT_TYPE`. */
export function constantCase(...names: string[]): string {
  return names
    .flatMap(words)
    .map((word) => word.toUpperCase())
    .join('_');
}

/** A single-quoted TypeScript string literal. */
export function quote(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${escaped}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object key as prettier would write it: bare when it can be, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}
