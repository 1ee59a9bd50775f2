/**
 * Look-ups by a key that can come from outside (a spreadsheet cell, a command-line word, a request field). A plain
 * object also answers to the names it inherits from Object.prototype: `TABLE['constructor']` is a function, not
 * undefined, and `'toString' in TABLE` is true. Only a table's own entries count here.
 */
const hasOwnProperty = Object.prototype.hasOwnProperty;

/** The table's own value under `key`, or undefined (never an inherited `constructor`, `toString`, `__proto__`…). */
export function ownValue<V>(table: { readonly [key: string]: V }, key: string): V | undefined {
  return hasOwnProperty.call(table, key) ? table[key] : undefined;
}
