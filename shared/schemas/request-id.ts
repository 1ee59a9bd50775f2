import { z } from 'zod';

/** Client-made, unique per submission attempt; a retry sends the same one. */
export const requestId = z
  .string({ required_error: '必须填写' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号须为 8–64 位字母、数字、- 或 _');


/** A stored record's id (an application, a family member): what the functions hand out and read back. */
export const applicationId = z.string({ required_error: '必须填写' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '申请编号格式不正确');
