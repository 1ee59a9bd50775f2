import { z } from 'zod';
import { agent, person } from '../schemas/person';
import type { ApplicationTypeModule } from './types';
import { choosesOffice, officeProblem } from './offices';

/** A filing's 参保地 (shared/applications/offices.ts), checked against the offices that take the type. */
function officeChoice(m: ApplicationTypeModule) {
  const name = z.string({ invalid_type_error: '参保地须写成文字' }).min(1, '参保地不能为空').max(20, '参保地最多 20 个字');
  return z
    .object({ region: name, area: name.nullable() }, { invalid_type_error: '参保地须选择地区和经办机构' })
    .strict()
    .superRefine((v, ctx) => {
      const problem = officeProblem(m, v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** The office key of a type whose applicant chooses it; none for a type whose office the roster names. */
function officeKey(m: ApplicationTypeModule): z.ZodRawShape {
  return choosesOffice(m.id) ? { office: officeChoice(m).optional() } : {};
}

/**
 * The content schemas of a list of types: one branch per type, the persons as every type asks them and the
 * section checked by the type's own schema under its id, so a key no listed type knows is refused. The server
 * builds them from the registry (shared/schemas/application.ts); a client page from the types it files.
 */
export function buildContentSchemas(modules: readonly ApplicationTypeModule[]): { complete: z.ZodTypeAny; draft: z.ZodTypeAny } {
  const complete = modules.map((m) =>
    z.object({ type: z.literal(m.id), principal: person, agent: agent.optional(), [m.id]: m.schema.complete, ...officeKey(m) }).strict(),
  );
  const draft = modules.map((m) =>
    z
      .object({
        type: z.literal(m.id),
        principal: person.partial().strict().optional(),
        agent: agent.partial().strict().nullable().optional(),
        [m.id]: m.schema.draft.optional(),
        ...officeKey(m),
      })
      .strict(),
  );
  type Branch = z.ZodDiscriminatedUnionOption<'type'>;
  const union = (branches: Branch[]) => z.discriminatedUnion('type', branches as [Branch, Branch, ...Branch[]]);
  return { complete: union(complete), draft: union(draft) };
}
