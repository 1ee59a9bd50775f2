import type { IdCipher } from '../crypto/id-cipher';
import type { StoredContent, StoredPerson, StoredAgent } from '../store/types';
import { ApplicationContent, DraftContent } from '../../shared/schemas/application';
import { applicationType } from '../../shared/applications/registry';
import { isSealedText } from '../../shared/applications/sealed';

/**
 * Forms travel in plain (validated) and rest sealed: ID numbers encrypted, and the paths a type names sealed (a bank card number). An update is merged field by field over
 * what is stored, so a returned application is fixed by sending only what changes — the applicant never has to
 * retype an ID number the server will not send back unmasked. `agent: null` removes the agent.
 */
type DraftPerson = { name?: string; idNumber?: string; phone?: string; relation?: StoredAgent['relation'] };

function sealPerson(cipher: IdCipher, p: DraftPerson, base: StoredAgent | undefined): StoredAgent {
  const out: StoredAgent = { ...base };
  if (p.name !== undefined) out.name = p.name;
  if (p.phone !== undefined) out.phone = p.phone;
  if (p.idNumber !== undefined) out.idNumber = cipher.seal(p.idNumber);
  if (p.relation !== undefined) out.relation = p.relation;
  return out;
}

/** A type's section of a content, by the type's id (the key it is stored under). */
export function sectionOf(content: { type: string }): unknown {
  return (content as Record<string, unknown>)[content.type];
}

type Json = Record<string, unknown>;

/** `value` with `replace` applied at `keys` (a copy along the path; nothing else copied, nothing changed in place). */
function atPath(value: unknown, keys: string[], replace: (v: unknown) => unknown): unknown {
  if (keys.length === 0) return replace(value);
  if (typeof value !== 'object' || value === null || !(keys[0] in value)) return value;
  const [k, ...rest] = keys;
  return { ...(value as Json), [k]: atPath((value as Json)[k], rest, replace) };
}

/**
 * The paths of a section its module keeps sealed (ApplicationTypeModule.sealed): a typed string is sealed with the
 * text cipher, under the field's full path as associated data. Only a string is sealed: the draft schema accepts
 * nothing else there, so a client cannot hand in a "sealed" value of its own.
 */
function sealSection(cipher: IdCipher, type: string, section: unknown): unknown {
  let out = section;
  for (const [path, mask] of Object.entries(applicationType(type).sealed ?? {})) {
    out = atPath(out, path.split('.'), (v) => (typeof v === 'string' ? cipher.text.seal(v, `${type}.${path}`, mask) : v));
  }
  return out;
}

function openSection(cipher: IdCipher, type: string, section: unknown): unknown {
  let out = section;
  for (const path of Object.keys(applicationType(type).sealed ?? {})) {
    out = atPath(out, path.split('.'), (v) => (isSealedText(v) ? cipher.text.open(v, `${type}.${path}`) : v));
  }
  return out;
}

/**
 * The persons are merged here; the type's own section by its module (shared/applications), whatever fields the type
 * has — the lifecycle does not list them, so it cannot drop one.
 */
export function mergeDraft(cipher: IdCipher, base: StoredContent | null, draft: DraftContent & { agent?: unknown }): StoredContent {
  const sameType = base && base.type === draft.type ? base : null;
  const out: StoredContent = { type: draft.type, ...(sameType ?? {}) };
  if (draft.principal) out.principal = sealPerson(cipher, draft.principal, sameType?.principal);
  if (draft.agent === null) delete out.agent;
  else if (draft.agent) out.agent = sealPerson(cipher, draft.agent as DraftPerson, sameType?.agent);
  if (draft.office) out.office = { region: draft.office.region, area: draft.office.area };
  const section = sectionOf(draft);
  if (section) {
    const before = sameType ? sectionOf(sameType) : undefined;
    const sealed = sealSection(cipher, draft.type, section);
    (out as Record<string, unknown>)[draft.type] = applicationType(draft.type).mergeDraft(before, sealed as never);
  }
  return out;
}

function openPerson(cipher: IdCipher, p: StoredPerson | undefined): Record<string, unknown> | undefined {
  if (!p) return undefined;
  const { idNumber, ...rest } = p;
  return { ...rest, ...(idNumber ? { idNumber: cipher.open(idNumber) } : {}) };
}

/** The stored form with ID numbers and the type's sealed fields decrypted, to be checked for completeness by the submission schema. Never returned. */
export function openContent(cipher: IdCipher, content: StoredContent): Record<string, unknown> {
  const out: Record<string, unknown> = { ...content, principal: openPerson(cipher, content.principal) };
  if (content.agent) out.agent = openPerson(cipher, content.agent);
  const section = sectionOf(content);
  if (section) out[content.type] = openSection(cipher, content.type, section);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** A complete, validated application sealed for storage. */
export function sealComplete(cipher: IdCipher, content: ApplicationContent): StoredContent {
  return mergeDraft(cipher, null, content as DraftContent);
}
