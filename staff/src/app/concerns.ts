import type { ReturnTemplate, StaffApplicationDetail } from '../../../shared/contract/staff';
import { findApplicationType } from '../../../shared/applications/registry';
import { concernFieldLabel, concernFieldPaths, concernMaterialName } from '../../../shared/applications/concerns';

type Option = { value: string; label: string };

/**
 * What a 退回 may name, from the type's own list (shared/applications/concerns.ts, the list the server checks): the
 * boxes this application has (a box with parts, such as 就医地, by itself and by its parts) and its checklist items,
 * plus whatever a template of the type names.
 */
export function concernOptions(detail: StaffApplicationDetail, templates: ReturnTemplate[]): { fields: Option[]; materials: Option[] } {
  const { application } = detail;
  const module = findApplicationType(application.type);
  const named = new Set(templates.flatMap((t) => t.concerns.fields));
  const present = (path: string) => detail.fields.some((f) => f.path === path || f.path.startsWith(`${path}.`));
  const fields = module
    ? concernFieldPaths(module)
        .filter((p) => present(p.path) || named.has(p.path))
        .map((p) => ({ value: p.path, label: p.label }))
    : detail.fields.map((f) => ({ value: f.path, label: f.label }));
  const materials: Option[] = application.materials.map((m) => ({ value: m.item, label: m.name }));
  for (const item of templates.flatMap((t) => t.concerns.materials)) {
    if (!materials.some((m) => m.value === item)) materials.push({ value: item, label: (module && concernMaterialName(module, item)) ?? item });
  }
  return { fields, materials };
}

/** A concern as the applicant reads it: the box's or item's name. */
export function concernLabels(detail: StaffApplicationDetail, concerns: { fields: string[]; materials: string[] }): string[] {
  const module = findApplicationType(detail.application.type);
  return [
    ...concerns.fields.map((p) => (module && concernFieldLabel(module, p)) ?? detail.fields.find((f) => f.path === p)?.label ?? p),
    ...concerns.materials.map((m) => (module && concernMaterialName(module, m)) ?? m),
  ];
}
