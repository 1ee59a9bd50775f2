import type { Store } from '../store/store';
import { plainCall, type ServerTypeHooks, type TypeCall } from './hooks';
import { subsidyType } from '../veteran/subsidy-type';

/**
 * Where the server composes application types: the server hooks of the types that have them (one line per type).
 * The lifecycle asks `hooksOf` and `openCall`, never a type by name.
 */
const SERVER_HOOKS: ServerTypeHooks[] = [subsidyType];

export function hooksOf(type: string | undefined): ServerTypeHooks | undefined {
  return SERVER_HOOKS.find((h) => h.id === type);
}

/** One lifecycle call of a type: its hooks' call, or the store's own transaction for a type without hooks. */
export function openCall(store: Store, type: string | undefined): TypeCall {
  return hooksOf(type)?.open(store) ?? plainCall(store);
}

/** The message for an acceptance extra given to a type that takes none (from the type that does take it). */
export function extraRefusal(extra: 'amount' | 'confirmDuplicate'): string | undefined {
  return SERVER_HOOKS.map((h) => h.acceptExtras?.[extra]).find((m) => m !== undefined);
}
