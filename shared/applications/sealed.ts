/**
 * A typed value a type's module keeps sealed at rest (a 手工报销's bank card number): the ciphertext, which only the
 * server can open, and the masked form every view shows. The module names the paths of its section that are sealed
 * (ApplicationTypeModule.sealed); the lifecycle seals and opens them without knowing what they are.
 */
export interface SealedText {
  cipher: string;
  masked: string;
}

export function isSealedText(value: unknown): value is SealedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SealedText).cipher === 'string' &&
    typeof (value as SealedText).masked === 'string'
  );
}

/** The masked form of a sealed value, or undefined when none is held (a plain value is never shown). */
export function maskedOf(value: unknown): string | undefined {
  return isSealedText(value) ? value.masked : undefined;
}
