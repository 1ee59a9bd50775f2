import { z } from 'zod';
import { agent, person } from '../schemas/person';
import type { ApplicationTypeModule } from './types';

/**
 * The content schemas of a list of types: one branch per type, the persons as every type asks them and the
 * section checked by the type's own schema under its id, so a key no listed type knows is refused. The server
 * builds them from the registry (shared/schemas/application.ts); a client page from the types it files.
 */
export function buildContentSchemas(modules: readonly ApplicationTypeModule[]): { complete: z.ZodTypeAny; draft: z.ZodTypeAny } {
  const complete = modules.map((m) =>
    z.object({ type: z.literal(m.id), principal: person, agent: agent.optional(), [m.id]: m.schema.complete }).strict(),
  );
  const draft = modules.map((m) =>
    z
      .object({
        type: z.literal(m.id),
        principal: person.partial().strict().optional(),
        agent: agent.partial().strict().nullable().optional(),
        [m.id]: m.schema.draft.optional(),
      })
      .strict(),
  );
  type Branch = z.ZodDiscriminatedUnionOption<'type'>;
  const union = (branches: Branch[]) => z.discriminatedUnion('type', branches as [Branch, Branch, ...Branch[]]);
  return { complete: union(complete), draft: union(draft) };
}
