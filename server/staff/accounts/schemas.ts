import { z } from 'zod';
import type { FieldLabels } from '../../../shared/schemas/describe';
import { PASSWORD_MAX } from './password';

/** Login names: lower-case letters, digits and `_.-`, 3 to 32 long (typed in capitals, they are lowered first). */
export const LOGIN_PATTERN = /^[a-z0-9_.-]{3,32}$/;

/** Names every plain object answers to (constructor, __proto__, tostring…): no account may be called one. */
const RESERVED_LOGINS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype'].map((n) => n.toLowerCase()));

export const loginName = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .string()
    .regex(LOGIN_PATTERN, '须为 3 到 32 位小写字母、数字或 _ . -')
    .refine((v) => !RESERVED_LOGINS.has(v), '这个名称不能用作登录名，请换一个'),
);

export const staffRole = z.enum(['reviewer', 'approver', 'admin']);

const displayName = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z.string().min(1).max(20).regex(/^[^\p{Cc}]+$/u, '不能含控制字符'),
);

/** A password as typed: its rules (length, classes) are checked by passwordProblem, this only bounds it. */
const password = z.string().min(1).max(PASSWORD_MAX * 4);

const scopePart = z.string().min(1).max(40);

export const createUserInput = z
  .object({
    login: loginName,
    name: displayName,
    role: staffRole,
    region: scopePart,
    area: z.preprocess((v) => (v === '' || v === undefined ? null : v), scopePart.nullable()),
    password,
  })
  .strict();

export const changeAccessInput = z
  .object({
    role: staffRole,
    region: scopePart,
    area: z.preprocess((v) => (v === '' || v === undefined ? null : v), scopePart.nullable()),
  })
  .strict();

export const loginInput = z.object({ login: z.string().min(1).max(64), password }).strict();
export const changePasswordInput = z.object({ current: password, next: password }).strict();
export const resetPasswordInput = z.object({ password }).strict();

const LABELS: Record<string, string> = {
  login: '登录名',
  name: '姓名',
  role: '角色',
  region: '地区',
  area: '所辖区域',
  password: '密码',
  current: '当前密码',
  next: '新密码',
  cursor: '翻页位置',
  limit: '每页条数',
};

export const staffLabels: FieldLabels = (path) => (path.length === 1 ? LABELS[String(path[0])] : undefined);

export const ROLE_LABELS: Record<z.infer<typeof staffRole>, string> = { reviewer: '经办审核', approver: '审批', admin: '管理员' };
