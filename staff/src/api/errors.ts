/** A refusal of the staff API as the console shows it: the server's Chinese message, and the field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** What a page shows for anything thrown by a call: the server's words, or a plain network message. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '网络连接失败，请检查网络后重试';
}
