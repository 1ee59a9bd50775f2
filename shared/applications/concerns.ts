import { ownValue } from '../own';
import type { ApplicationTypeModule } from './types';

/**
 * What a 退回 (or 不予受理) is about, beside its free-text reason: boxes of the type's form by their schema path
 * ("principal.name", "remoteFiling.destination.city") and checklist items by id. The applicant sees them in plain
 * words where she fixes the application; staff name only what the type's form and checklist have.
 */
/** What of a type's module the concerns are checked and named against (the mini-program passes its own modules). */
export type ConcernsModule = Pick<ApplicationTypeModule, 'id' | 'label' | 'fieldLabels' | 'materialItems'>;

export interface ReturnConcerns {
  fields: string[];
  materials: string[];
}

/** The persons' boxes every type's form has (the type's own are in its module's fieldLabels). */
const PERSON_FIELD_LABELS: Record<string, string> = {
  'principal.name': '参保人姓名',
  'principal.idNumber': '参保人身份证号',
  'principal.phone': '参保人联系电话',
  'agent.name': '代办人姓名',
  'agent.idNumber': '代办人身份证号',
  'agent.phone': '代办人联系电话',
  'agent.relation': '代办人与参保人关系',
  // The office the application went to (shared/applications/offices.ts): staff may ask for another 参保地.
  office: '参保地（受理机构）',
};

/** The plain-Chinese name of a field path of the type's form, or undefined when the form has no such box. */
export function concernFieldLabel(module: ConcernsModule, path: string): string | undefined {
  const person = ownValue(PERSON_FIELD_LABELS, path);
  if (person) return person;
  const prefix = `${module.id}.`;
  if (!path.startsWith(prefix)) return undefined;
  const key = path.slice(prefix.length);
  return key === '' ? undefined : ownValue(module.fieldLabels, key);
}

/** Every field path staff may name for this type, with its label (for a staff tool's help and for tests). */
export function concernFieldPaths(module: ConcernsModule): { path: string; label: string }[] {
  const own = Object.entries(module.fieldLabels)
    .filter(([key]) => key !== '')
    .map(([key, label]) => ({ path: `${module.id}.${key}`, label }));
  return [...Object.entries(PERSON_FIELD_LABELS).map(([path, label]) => ({ path, label })), ...own];
}

/** The checklist item's name, or undefined when the type has no such item. */
export function concernMaterialName(module: ConcernsModule, item: string): string | undefined {
  return module.materialItems.find((m) => m.id === item)?.name;
}

/**
 * The concerns checked against the type: each unknown path or item refused in Chinese (the message names it and
 * lists what may be named). Duplicates are dropped; an empty pair is null (nothing named).
 */
export function checkConcerns(
  module: ConcernsModule,
  concerns: { fields?: string[]; materials?: string[] } | undefined,
): { ok: true; value: ReturnConcerns | null } | { ok: false; message: string } {
  const fields = [...new Set(concerns?.fields ?? [])];
  const materials = [...new Set(concerns?.materials ?? [])];
  const badField = fields.find((f) => concernFieldLabel(module, f) === undefined);
  if (badField !== undefined) {
    const known = concernFieldPaths(module).map((p) => p.path).join('、');
    return { ok: false, message: `退回所指的格子“${badField}”不是${module.label}表上的项目。可以指出的有：${known}` };
  }
  const badItem = materials.find((m) => concernMaterialName(module, m) === undefined);
  if (badItem !== undefined) {
    const known = module.materialItems.map((m) => m.id).join('、');
    return { ok: false, message: `退回所指的材料“${badItem}”不是${module.label}的材料。可以指出的有：${known}` };
  }
  if (fields.length === 0 && materials.length === 0) return { ok: true, value: null };
  return { ok: true, value: { fields, materials } };
}
