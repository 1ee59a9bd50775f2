import { applicationTypeModules } from '../../../shared/applications/registry';

/** Every application type the queue can filter by, with its label, from the type registry (never a list of literals). */
export const TYPE_OPTIONS: { value: string; label: string }[] = applicationTypeModules().map((m) => ({ value: m.id, label: m.label }));
