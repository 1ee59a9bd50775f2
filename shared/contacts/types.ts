import type { Source } from '../source';

/**
 * One office or hotline a person can call or visit, exactly as a document prints it (issue 15 "What happens next"):
 * the product never makes up a number, an address or office hours.
 */
export interface Contact {
  /** Who answers: "巴中市医保经办中心（市本级）", "待遇政策咨询". */
  name: string;
  /** Numbers as printed, area code included ("0827-5775700"). */
  phones: string[];
  address?: string;
  /** 办理时间 as printed (工作日); absent where the document leaves it blank. */
  hours?: string;
  source: Source;
}

/** The contacts one document gives for one place, in the document's order. */
export interface ContactGroup {
  id: string;
  /** "巴中市", "山西省", "随县". */
  place: string;
  /** What these contacts are for, in plain words. */
  topic: string;
  contacts: Contact[];
  /** What the document adds, e.g. where to find the rest. */
  note?: string;
}
