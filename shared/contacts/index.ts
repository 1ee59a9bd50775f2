import { FILING_CONTACTS } from '../applications/contacts';
import { CONTACTS } from '../regions/registry/contacts';
import { manifestById } from '../regions/vocabulary';
import type { ContactGroup } from './types';

export type { Contact, ContactGroup } from './types';

/** One place's groups for the 帮助与电话 page: a region's own, then the province-wide filing hotlines. */
export interface ContactSection {
  id: string;
  title: string;
  groups: ContactGroup[];
}

/** Every office and hotline the documents print, by region (in the registry's order), then 山西's filing hotlines. */
export function contactSections(): ContactSection[] {
  const regions = Object.entries(CONTACTS).map(([id, groups]) => ({ id, title: manifestById(id)?.name ?? groups[0].place, groups }));
  return [...regions, { id: FILING_CONTACTS.id, title: `${FILING_CONTACTS.place}（异地就医备案、手工报销）`, groups: [FILING_CONTACTS] }];
}
