import { contactSections, type ContactSection } from '../../../../shared/contacts';

/** The 帮助与电话 sections with the person's own region first (her office is the one she needs), the rest as printed. */
export function sectionsFor(region: string): ContactSection[] {
  const all = contactSections();
  const own = all.filter((s) => s.id === region);
  return [...own, ...all.filter((s) => s.id !== region)];
}

/** What a phone dials: the digits only ("0827-5775700" → "08275775700"), as wx.makePhoneCall takes them. */
export function dialable(phone: string): string {
  return phone.replace(/\D/g, '');
}
