import { Card, Descriptions } from '../ui';
import type { StaffApplicationDetail } from '../../../shared/contract/staff';
import { RevealIdButton } from './RevealIdButton';

export type Person = 'principal' | 'agent';
/** What a 查看 opened, per person: the full ID number and the full phone (both masked until then). */
export type Revealed = Partial<Record<Person, { idNumber: string; phone?: string }>>;

/** The person whose ID number a field holds ("principal.idNumber", "agent.idNumber"), or null for any other field. */
function idPerson(path: string): Person | null {
  const m = /^(principal|agent)\.idNumber$/.exec(path);
  return m ? (m[1] as Person) : null;
}

function phonePerson(path: string): Person | null {
  const m = /^(principal|agent)\.phone$/.exec(path);
  return m ? (m[1] as Person) : null;
}

/**
 * Every field as the applicant gave it, labelled, in form order. ID numbers and phones come masked; where the staff
 * member may, a 查看 beside the ID number shows both in full (after a confirmation, written to the access log).
 */
export function FieldsCard({ detail, revealed, onRevealed }: { detail: StaffApplicationDetail; revealed: Revealed; onRevealed: (person: Person, shown: { idNumber: string; phone?: string }) => void }) {
  const { application, can } = detail;
  const content = (path: string, value: string) => {
    const phoneOf = phonePerson(path);
    if (phoneOf) {
      return (
        <span className={`phone phone-${phoneOf}`} data-path={path}>
          {revealed[phoneOf]?.phone ?? value}
        </span>
      );
    }
    const person = idPerson(path);
    if (!person) return <span data-path={path}>{value || '—'}</span>;
    return (
      <span className={`id-number id-${person}`} data-path={path}>
        <span className="id-value">{revealed[person]?.idNumber ?? value}</span>
        {can.reveal && !revealed[person] && <RevealIdButton applicationId={application.id} person={person} onRevealed={(shown) => onRevealed(person, shown)} />}
      </span>
    );
  };
  return (
    <Card title="申请内容（按申请人填写）" bordered className="staff-card fields-card">
      {detail.fields.length === 0 ? (
        <p className="staff-muted">这份申请没有填写项。</p>
      ) : (
        <Descriptions column={2} bordered tableLayout="auto" items={detail.fields.map((f) => ({ label: f.label, content: content(f.path, f.value) }))} />
      )}
    </Card>
  );
}
