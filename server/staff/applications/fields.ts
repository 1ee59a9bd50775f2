import type { ApplicationRecord, StoredPerson } from '../../store/types';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { sectionOf } from '../../applications/content';
import { applicationType } from '../../../shared/applications/registry';
import { concernFieldPaths } from '../../../shared/applications/concerns';
import { officeLabel } from '../../../shared/applications/offices';
import { relationLabel } from '../../../shared/filing/relations';
import { maskPhone } from '../../../shared/phone';

type Field = StaffApplicationDetail['fields'][number];

function isSealed(v: unknown): v is { masked: string } {
  return typeof v === 'object' && v !== null && 'cipher' in v && typeof (v as { masked?: unknown }).masked === 'string';
}

/** A value as staff read it: sealed numbers masked, coded values in the type's words, yes/no in Chinese. */
function text(value: unknown, words: Record<string, string> | undefined, viewLabel: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (isSealed(value)) return value.masked;
  if (typeof value === 'string') return words?.[value] ?? (typeof viewLabel === 'string' ? viewLabel : value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    const answers = Object.values(value as Record<string, unknown>);
    // A set of yes/no answers (a claim's 不予补助情形): how many were answered, and how many "是".
    if (answers.length > 0 && answers.every((a) => typeof a === 'boolean')) {
      const yes = answers.filter(Boolean).length;
      return yes === 0 ? `${answers.length} 项均答“否”` : `${answers.length} 项中 ${yes} 项答“是”`;
    }
  }
  return null;
}

function at(obj: unknown, path: string[]): unknown {
  let v = obj;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function personFields(prefix: 'principal' | 'agent', p: (StoredPerson & { relation?: string }) | undefined, labels: Map<string, string>): Field[] {
  if (!p) return [];
  const rows: Field[] = [];
  const push = (key: string, value: string | null | undefined) => {
    if (value) rows.push({ path: `${prefix}.${key}`, label: labels.get(`${prefix}.${key}`) ?? key, value });
  };
  push('name', p.name);
  // Masked until a 查看 (reveal.ts), which is written to the access log.
  push('idNumber', p.idNumber?.masked);
  // Masked too (138****1234): the full number comes with the same logged 查看, when staff must call the person back.
  push('phone', p.phone ? maskPhone(p.phone) : undefined);
  if (prefix === 'agent' && p.relation) push('relation', relationLabel(p.relation as Parameters<typeof relationLabel>[0]));
  return rows;
}

/**
 * Every box as the applicant filled it, labelled, in form order: the persons (as every form has them), the handling
 * office, then the type's own fields in its fieldLabels order. A field with labelled parts ("destination.province")
 * is shown by its parts.
 */
export function labelledFields(r: ApplicationRecord, sectionView: unknown): Field[] {
  const module = applicationType(r.type);
  const labels = new Map(concernFieldPaths(module).map((p) => [p.path, p.label]));
  const rows: Field[] = [...personFields('principal', r.content.principal, labels), ...personFields('agent', r.content.agent, labels)];
  if (r.office) rows.push({ path: 'office', label: '受理机构', value: officeLabel(r.office) });
  const section = sectionOf(r.content);
  const keys = Object.keys(module.fieldLabels).filter((k) => k !== '');
  for (const key of keys) {
    if (keys.some((other) => other.startsWith(`${key}.`))) continue;
    const path = key.split('.');
    const value = text(at(section, path), module.staffConsole?.valueLabels?.[key], at(sectionView, [...path.slice(0, -1), `${path[path.length - 1]}Label`]));
    if (value !== null) rows.push({ path: `${module.id}.${key}`, label: module.fieldLabels[key], value });
  }
  return rows;
}
