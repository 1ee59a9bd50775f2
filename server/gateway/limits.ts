/**
 * What one request may cost the gateway, and what all of them together may. A body is read into memory only for a
 * caller who may send it (the session is checked first), only up to its route's limit (refused by Content-Length
 * before a byte is read), and only while the in-flight budget has room: 100 uploads of 8 MB at once get a few
 * readers and a 503 with Retry-After for the rest, instead of 800 MB of buffers.
 */
export interface GatewayLimits {
  /** Compute functions, dev-login and every store call but uploads. */
  smallBodyBytes: number;
  /** POST /api/upload: a 5 MB photo is about 6.7 MB as base64 in JSON. */
  uploadBodyBytes: number;
  /** Bodies being read or handled at once, and the bytes they may hold (by Content-Length, else the route's limit). */
  inFlightRequests: number;
  inFlightBytes: number;
  /** A client must send its request line and headers within this, and the whole request within requestTimeoutMs. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How often Node checks those two timeouts. */
  timeoutCheckMs: number;
  maxHeaderBytes: number;
  maxHeadersCount: number;
  /** Open connections; more are dropped at once (each costs a file descriptor). */
  maxConnections: number;
}

const KB = 1024;
const MB = 1024 * KB;

export const DEFAULT_LIMITS: GatewayLimits = {
  smallBodyBytes: 64 * KB,
  uploadBodyBytes: 8 * MB,
  inFlightRequests: 256,
  inFlightBytes: 16 * MB,
  headersTimeoutMs: 10_000,
  // An 8 MB upload needs about 1 Mbit/s to arrive in time.
  requestTimeoutMs: 90_000,
  timeoutCheckMs: 1_000,
  maxHeaderBytes: 8 * KB,
  maxHeadersCount: 50,
  maxConnections: 1_000,
};

/** "64 KB", "8 MB": a limit as the refusal states it. */
export function sizeLabel(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;
}

/** Counts what is in flight; a request holds its share from admission until its answer is settled. */
export class InFlightBudget {
  private requests = 0;
  private bytes = 0;

  constructor(private readonly limits: Pick<GatewayLimits, 'inFlightRequests' | 'inFlightBytes'>) {}

  /** A release function, or null when there is no room for `bytes` more now. */
  reserve(bytes: number): (() => void) | null {
    if (this.requests + 1 > this.limits.inFlightRequests || this.bytes + bytes > this.limits.inFlightBytes) return null;
    this.requests += 1;
    this.bytes += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.requests -= 1;
      this.bytes -= bytes;
    };
  }

  get inFlight(): { requests: number; bytes: number } {
    return { requests: this.requests, bytes: this.bytes };
  }
}
