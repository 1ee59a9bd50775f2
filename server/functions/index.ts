import { applicationsFunction } from './applications';
import { estimateFunction } from './estimate';
import { familyFunction } from './family';
import { messagesFunction } from './messages';
import { subsidyFunction } from './subsidy';
import type { FunctionDef } from './types';
import { waitingFunction } from './waiting';

/** Every function the mini-program can call, by name. cloudfunctions/<name> and the gateway both read this list. */
export const FUNCTIONS: Record<string, FunctionDef> = Object.fromEntries(
  [estimateFunction, applicationsFunction, familyFunction, waitingFunction, subsidyFunction, messagesFunction].map((f) => [f.name, f]),
);

export type { FunctionDef } from './types';
