import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { openSqliteStore } from '../../server/store/sqlite';
import { localFileStorage } from '../../server/store/files';
import { createIdCipher } from '../../server/crypto/id-cipher';
import type { AppContext } from '../../server/applications/context';
import { checkCharacter } from '../../shared/idcard';
import { COLLECTIONS } from '../../server/store/types';
import * as identity from '../../server/identity';

/** A fresh context on a real SQLite file in a temp dir; `cleanup` closes it and removes the directory. */
export function freshContext(): AppContext & { dataDir: string; cleanup: () => Promise<void> } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-apps-'));
  const store = openSqliteStore({ dataDir });
  return {
    dataDir,
    store,
    files: localFileStorage(dataDir),
    cipher: createIdCipher(randomBytes(32)),
    cleanup: async () => {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid ID number for the first 17 characters (address code + birth date + sequence). */
export function idWith(first17: string): string {
  return first17 + checkCharacter(first17);
}

export const FATHER_ID = '11010519491231002X';
export const DAUGHTER_ID = idWith('51190219800101124');
export const STRANGER_ID = idWith('51190219900505331');

export const father = { name: '张大山', idNumber: FATHER_ID, phone: '13800005678' };
export const daughter = { name: '张小红', idNumber: DAUGHTER_ID, phone: '13900001234' };

/** A daughter files a 异地长期居住 备案 for her father (the "done means" story). */
export function longTermForFather() {
  return {
    type: 'remoteFiling' as const,
    principal: father,
    agent: { ...daughter, relation: 'child' as const },
    remoteFiling: {
      kind: 'longTermResident' as const,
      scheme: 'resident' as const,
      destination: { province: '广东省', city: '深圳市' },
      residenceAddress: '深圳市南山区某街道 1 号',
    },
  };
}

/** The insured person's own bank card (a 手工报销's 收款账户), typed in groups as on the card; Luhn-valid. */
export const PAYEE = { bank: '中国工商银行太原迎泽支行', account: '6222 0212 3456 7894' };

export function reimbursementForSelf() {
  return {
    type: 'manualReimbursement' as const,
    principal: father,
    manualReimbursement: { hospital: '太原市某医院', admissionDate: '2025-03-01', dischargeDate: '2025-03-10', amount: '1680.32', payee: PAYEE },
  };
}

export async function counts(ctx: AppContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of COLLECTIONS) out[c] = await ctx.store.count(c);
  return out;
}

/** Every 18-character ID-shaped run in a JSON text: a response must contain none. */
export function unmaskedIds(value: unknown): string[] {
  return JSON.stringify(value).match(/\d{17}[\dXx]/g) ?? [];
}

export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; field?: string };
  }
  throw new Error('expected a rejection');
}

/**
 * An account that is this person, verified the way the office does it (declare in the mini-program, staff check the
 * card): what a principal needs to see what relatives filed for them (server/identity).
 */
export async function verifiedSelf(ctx: AppContext, who: { openid: string }, person: { name: string; idNumber: string }): Promise<void> {
  const status = await identity.declareSelf(ctx, who, { name: person.name, idNumber: person.idNumber });
  await identity.staffVerify(ctx, { idNumber: person.idNumber, name: person.name, ref: status.self!.ref, staff: '测试经办', evidence: '核对身份证原件' });
}

/** A saved relative whose agent binding staff confirmed (relationship checked): reads a 优抚 relative's ledger. */
export async function verifiedRelative(ctx: AppContext, who: { openid: string }, member: { id: string }, person: { name: string; idNumber: string }): Promise<void> {
  const m = (await ctx.store.getFamilyMember(member.id))!;
  const b = (await ctx.store.bindingsOf(who.openid)).find((x) => x.role === 'agent' && x.idHash === m.idNumber.hash)!;
  await identity.staffVerify(ctx, { idNumber: person.idNumber, name: person.name, ref: b.ref, staff: '测试经办', evidence: '核对身份证和户口簿' });
}
