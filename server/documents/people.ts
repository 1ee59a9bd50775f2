import type { AppContext } from '../applications/context';
import type { ApplicationRecord, SealedId } from '../store/types';
import { relationLabel } from '../../shared/filing/relations';
import { signerLine } from '../../shared/applications/signer';
import type { CommitmentForm } from '../../shared/applications/types';

/**
 * Who a document names, read from the stored record. ID numbers come out of their seal only here and only for a
 * form that prints them (003 附件1, 附件3); a 凭证 takes the masked form, which is what the record keeps beside it.
 */
export interface DocumentPerson {
  name: string;
  /** The full number, opened from its seal; '' when the record has none. */
  idNumber(): string;
  idMasked: string;
  phone: string;
}

export interface DocumentPeople {
  principal: DocumentPerson;
  agent: (DocumentPerson & { relationLabel: string }) | null;
}

function person(ctx: AppContext, p: { name?: string; idNumber?: SealedId; phone?: string } | undefined): DocumentPerson {
  const sealed = p?.idNumber;
  return {
    name: p?.name ?? '',
    idNumber: () => (sealed ? ctx.cipher.open(sealed) : ''),
    idMasked: sealed?.masked ?? '',
    phone: p?.phone ?? '',
  };
}

export function peopleOf(ctx: AppContext, record: ApplicationRecord): DocumentPeople {
  const a = record.content.agent;
  return {
    principal: person(ctx, record.content.principal),
    agent: a ? { ...person(ctx, a), relationLabel: a.relation ? relationLabel(a.relation) : '' } : null,
  };
}

/** The signature line as the product shows it (shared/applications/signer.ts): who signs, in what capacity. */
export function signatureLine(form: CommitmentForm, people: DocumentPeople): string {
  return signerLine(form, {
    hasAgent: people.agent !== null,
    principalName: people.principal.name || undefined,
    agentName: people.agent?.name || undefined,
    relationLabel: people.agent?.relationLabel || undefined,
  });
}
