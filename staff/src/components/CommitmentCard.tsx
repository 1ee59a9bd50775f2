import { Card } from '../ui';
import type { ApplicationView } from '../../../shared/contract/applications';
import { chinaTime } from '../app/time';

/** The commitment as the signer accepted it: the form's words, who signed in what capacity, and when. */
export function CommitmentCard({ commitment }: { commitment: ApplicationView['commitment'] }) {
  return (
    <Card title={`承诺书：${commitment.title}`} bordered className="staff-card commitment-card">
      {commitment.paragraphs.map((p, i) => (
        <p key={i} className="commitment-paragraph">
          {p}
        </p>
      ))}
      <p className="commitment-signer">{commitment.signerLine}</p>
      <p className="staff-muted">{commitment.signedAt ? `签署时间：${chinaTime(commitment.signedAt)}（北京时间）` : '尚未签署'}</p>
      <p className="staff-muted">出处：{commitment.source}</p>
    </Card>
  );
}
