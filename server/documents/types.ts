import type { AppContext } from '../applications/context';
import type { ApplicationRecord } from '../store/types';
import type { DocumentPeople } from './people';

/** The documents an application may have: the commitment its signer accepted, and a 备案's 凭证 once accepted. */
export { DOCUMENT_KINDS, type DocumentKind } from '../../shared/contract/documents';

/** What every renderer is given: the record, who it names, and when the PDF is made (for the footer). */
export interface RenderInput {
  ctx: AppContext;
  record: ApplicationRecord;
  people: DocumentPeople;
  /** ISO instant of generation. */
  generatedAt: string;
  env?: NodeJS.ProcessEnv;
}

export type Renderer = (input: RenderInput) => Promise<Buffer>;
