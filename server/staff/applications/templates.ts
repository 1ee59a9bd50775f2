import type { ReturnTemplate } from '../../../shared/contract/staff';
import { applicationType } from '../../../shared/applications/registry';
import { checkConcerns } from '../../../shared/applications/concerns';
import { parseTemplatesQuery } from './requests';

/**
 * GET /return-templates?type= — the type's ready reasons (its module's staffConsole.returnTemplates), each one's
 * concerns checked against the type as a decision checks them, so a template can never name a box the form lacks.
 */
export function returnTemplates(query: Record<string, string>): ReturnTemplate[] {
  const { type } = parseTemplatesQuery(query);
  const module = applicationType(type);
  return (module.staffConsole?.returnTemplates() ?? []).filter((t) => checkConcerns(module, t.concerns).ok);
}
