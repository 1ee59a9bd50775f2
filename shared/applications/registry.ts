import type { ApplicationTypeModule, CommitmentForm, MaterialItem } from './types';
import { remoteFiling } from './remote-filing';
import { manualReimbursement } from './manual-reimbursement';
import { veteranSubsidy } from './veteran-subsidy';

/**
 * REGISTRY of application types: every type is one module listed here, and none names a region. A type whose words
 * differ by region reads them from the region manifests (the 优抚 非一站式 claim: `veteran.claim`, offered by the
 * regions that give it). The lifecycle, the schemas and the views ask this registry, never a type by name.
 *
 * A new type: one folder here with its module (./types.ts) — it adds its section to ApplicationSections and
 * ApplicationSectionViews — and one line in TYPES below. If the server must do more than the lifecycle does (check
 * who may file, keep a state, write elsewhere on acceptance), its hooks (server/applications/hooks.ts) get one line
 * in server/applications/types.ts.
 */
const TYPES: ApplicationTypeModule[] = [remoteFiling, manualReimbursement, veteranSubsidy];

/** Added by tests only (registerApplicationTypeForTest): a fixture type filed through the real lifecycle. */
const extra: ApplicationTypeModule[] = [];

export function applicationTypeModules(): ApplicationTypeModule[] {
  return [...TYPES, ...extra];
}

export function applicationTypeIds(): string[] {
  return applicationTypeModules().map((m) => m.id);
}

export function findApplicationType(id: string): ApplicationTypeModule | undefined {
  return applicationTypeModules().find((m) => m.id === id);
}

/** The module of a stored record's type. A record of a type no longer registered is a programming error. */
export function applicationType(id: string): ApplicationTypeModule {
  const m = findApplicationType(id);
  if (!m) throw new Error(`application type ${id} is not registered`);
  return m;
}

export function applicationTypeLabel(id: string): string {
  return applicationType(id).label;
}

/** Every material item any type's checklist can name, by id (an upload names one of these). */
export function materialItems(): Record<string, MaterialItem> {
  return Object.fromEntries(applicationTypeModules().flatMap((m) => m.materialItems.map((i) => [i.id, i])));
}

/** Every commitment form any type may ask a signer to accept, by id. */
export function commitmentForms(): Record<string, CommitmentForm> {
  return Object.fromEntries(applicationTypeModules().flatMap((m) => m.commitmentForms.map((f) => [f.id, f])));
}

/**
 * Test-only: registers a fixture type (test/applications/fixture-type.test.ts) and returns how to remove it. The
 * product registers its types above; nothing in shared/, server/ or miniprogram/ calls this.
 */
export function registerApplicationTypeForTest(module: ApplicationTypeModule): () => void {
  if (findApplicationType(module.id)) throw new Error(`application type ${module.id} is registered already`);
  extra.push(module);
  return () => {
    const at = extra.indexOf(module);
    if (at < 0) return;
    extra.splice(at, 1);
  };
}
