import type { ContactGroup } from '../../contacts/types';
import { CONTACTS as bazhong } from '../bazhong/contacts';
import { CONTACTS as suizhou } from '../suizhou/contacts';

/** The regions whose documents print offices or hotlines, by id (the 帮助与电话 page). */
export const CONTACTS: Record<string, ContactGroup[]> = { bazhong, suizhou };
