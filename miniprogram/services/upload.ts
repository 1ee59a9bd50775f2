import Taro from '@tarojs/taro';
import type { Envelope } from '../../shared/contract/envelope';
import { callFunction } from './api';
import { detailOf, ServiceError, toServiceError } from './errors';
import { readStored } from './storage';

/**
 * A photo goes to storage as a file, never inside a call (a callFunction payload should stay under 100 KB; a phone
 * photo is megabytes). The function first names where it may go (an upload ticket: a cloudPath it recorded for this
 * account and application), the file is uploaded there, and the function is told the fileID to check and attach
 * (server/applications/attach.ts). Pages never see which upload runs: `wx.cloud.uploadFile` on weapp, the
 * gateway's raw upload route (POST /api/upload-file) in the browser.
 */
export interface UploadTicket {
  cloudPath: string;
  maxBytes: number;
  expiresAt: string;
}

/** The gateway's development session, as services/api keeps it on the device (the ticket call has just used it). */
const SESSION_KEY = 'api.session.v1';

function storedSession(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.length > 0 ? raw : undefined;
}

async function viaCloud(ticket: UploadTicket, filePath: string): Promise<string> {
  const res = await Taro.cloud.uploadFile({ cloudPath: ticket.cloudPath, filePath });
  if (!res.fileID) throw new ServiceError('BAD_RESPONSE', '照片没有传上去，请再试一次');
  return res.fileID;
}

async function viaGateway(ticket: UploadTicket, filePath: string): Promise<string> {
  // In the browser the chosen photo's path is a blob: URL of the File the page was given.
  const body = await (await fetch(filePath)).blob();
  const session = readStored(SESSION_KEY, storedSession);
  const res = await fetch('/api/upload-file', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-upload-path': ticket.cloudPath, ...(session ? { 'x-session': session } : {}) },
    body,
  });
  const envelope = (await res.json().catch(() => null)) as Envelope<{ fileId?: unknown }> | null;
  if (envelope && envelope.ok && typeof envelope.data.fileId === 'string') return envelope.data.fileId;
  if (envelope && !envelope.ok) throw new ServiceError(envelope.code, envelope.message, envelope.field, detailOf(envelope));
  throw new ServiceError('BAD_RESPONSE', '照片没有传上去，请再试一次');
}

/** Asks for a ticket, uploads the file at `filePath` to it, and returns the fileID to attach. */
export async function uploadPhotoFile(target: { applicationId: string; item: string }, filePath: string): Promise<string> {
  const ticket = await callFunction<UploadTicket>('applications', { action: 'uploadTicket', ...target });
  try {
    return process.env.TARO_ENV === 'weapp' ? await viaCloud(ticket, filePath) : await viaGateway(ticket, filePath);
  } catch (error) {
    throw toServiceError(error);
  }
}

