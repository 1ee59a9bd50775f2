import { parseProfile, type Profile } from '../models/profile';
import { readStored, writeStored } from './storage';

const PROFILE_KEY = 'profile.v1';

export function loadProfile(): Profile {
  return readStored(PROFILE_KEY, parseProfile);
}

export function saveProfile(profile: Profile): void {
  writeStored(PROFILE_KEY, profile);
}

/** The region of a profile the person saved herself; null when none was saved (the default is not her choice). */
export function savedProfileRegion(): string | null {
  return readStored(PROFILE_KEY, (raw) => (raw && typeof raw === 'object' ? parseProfile(raw).region : null));
}
