import { parseProfile, type Profile } from '../models/profile';
import { readStored, writeStored } from './storage';

const PROFILE_KEY = 'profile.v1';

export function loadProfile(): Profile {
  return readStored(PROFILE_KEY, parseProfile);
}

export function saveProfile(profile: Profile): void {
  writeStored(PROFILE_KEY, profile);
}
