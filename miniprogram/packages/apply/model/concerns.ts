import type { ApplicationSummary } from '../../../../shared/contract/applications';
import { concernFieldLabel, concernMaterialName } from '../../../../shared/applications/concerns';
import { ownValue } from '../../../../shared/own';
import { boxOfPath, type Box } from './content';
import { APPLY_MODULES } from './types';

/**
 * What a 退回 names, as the applicant reads it: field paths as the form's labels, checklist items by their names,
 * and the boxes of the form page to mark. A path or item the app does not know (an older app, a newer server) is
 * left out rather than shown as an id.
 */
type Returned = Pick<ApplicationSummary, 'type' | 'returnConcerns'>;

export function concernLines(view: Returned): { fields: string[]; materials: string[] } {
  const c = view.returnConcerns;
  // Only this flow's types: the package loads their modules, not the registry of every region's programs.
  const module = ownValue(APPLY_MODULES as Record<string, (typeof APPLY_MODULES)[keyof typeof APPLY_MODULES]>, view.type);
  if (!c || !module) return { fields: [], materials: [] };
  const fields = c.fields.map((f) => concernFieldLabel(module, f)).filter((x): x is string => Boolean(x));
  const materials = c.materials.map((m) => concernMaterialName(module, m)).filter((x): x is string => Boolean(x));
  return { fields, materials };
}

/** The form page's boxes a returned application's concerns name (a destination names both of its halves). */
export function flaggedBoxes(view: Returned | null | undefined): Set<Box> {
  const out = new Set<Box>();
  for (const path of view?.returnConcerns?.fields ?? []) {
    const box = boxOfPath(path);
    if (box) out.add(box);
    if (path.endsWith('.destination')) out.add('destination-city');
  }
  return out;
}

/** The checklist items a returned application's concerns name. */
export function flaggedMaterials(view: Returned | null | undefined): Set<string> {
  return new Set(view?.returnConcerns?.materials ?? []);
}
