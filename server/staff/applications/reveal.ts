import type { AppContext } from '../../applications/context';
import { newId, nowDate, nowIso } from '../../applications/context';
import { RuleError } from '../../../shared/errors';
import type { Limit } from '../../identity/rate-limit';
import { spendStaff } from '../rate-limited';
import { staffAuditName } from '../../applications/staff';
import { type StaffActor, loadInScope, loadInScopeTx } from './scope';
import { parseRevealBody } from './requests';
import { maskPhone } from '../../../shared/phone';

/**
 * How many full ID numbers one staff member may open: far above a day at the window (a few dozen applications, one
 * 查看 each when a number must be read out or checked against a card), far below what exporting a region needs.
 */
export const REVEAL_LIMITS = {
  perStaffHour: { max: 30, windowMs: 3600_000 },
  perStaffDay: { max: 100, windowMs: 86400_000 },
} as const;

export function revealLimits(login: string): Limit[] {
  const what = '查看完整身份证号';
  return [
    { bucket: `staffReveal:hour:${login}`, ...REVEAL_LIMITS.perStaffHour, what },
    { bucket: `staffReveal:day:${login}`, ...REVEAL_LIMITS.perStaffDay, what },
  ];
}

const PERSON_WORDS = { principal: '参保人', agent: '代办人' } as const;

/**
 * POST /applications/:id/reveal {person, reason?} → {idNumber, phone?}: the sealed number opened for a staff member in
 * the application's scope, with the person's full phone (shown masked elsewhere), after the access-log entry (PIPL:
 * who saw whose number and phone, when, why) and the rate counter are committed in one transaction — no entry, no
 * number. Out of scope: NOT_FOUND, nothing logged or counted.
 */
export async function staffReveal(ctx: AppContext, actor: StaffActor, id: string, body: unknown): Promise<{ idNumber: string; phone?: string }> {
  const req = parseRevealBody(body);
  const before = await loadInScope(ctx, actor, id);
  const at = nowIso(ctx);
  const sealed = await ctx.store.transaction(async (tx) => {
    const r = await loadInScopeTx(tx, actor, before.id);
    const person = r.content[req.person];
    if (!person?.idNumber) throw new RuleError('INVALID_INPUT', `查看谁的身份证号：该申请没有${PERSON_WORDS[req.person]}身份证号`, 'person');
    await spendStaff(tx, revealLimits(actor.login), nowDate(ctx));
    await tx.appendAccessLog({
      id: newId(),
      at,
      staff: staffAuditName(actor),
      applicationId: r.id,
      number: r.number ?? null,
      person: req.person,
      subject: `${person.name ? `${person.name} ` : ''}${person.idNumber.masked}${person.phone ? `，手机 ${maskPhone(person.phone)}` : ''}`,
      reason: req.reason ?? null,
      staffRegion: actor.region,
      staffArea: actor.area,
    });
    return { idNumber: person.idNumber, phone: person.phone };
  });
  return { idNumber: ctx.cipher.open(sealed.idNumber), ...(sealed.phone ? { phone: sealed.phone } : {}) };
}
