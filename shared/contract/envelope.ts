/**
 * What every function answers, on WeChat (callFunction's result) and over HTTP (the gateway's body) alike
 * (DESIGN.md, "Cloud functions and storage"). The functions build it (server/respond.ts); the mini-program unwraps it
 * (miniprogram/services/api.ts).
 */
export type Envelope<T = unknown> = { ok: true; data: T } | ErrorBody;

/**
 * A refusal: `code` for the program, `message` in plain Chinese for the person. When it is about one field of the
 * request: `field` is its dotted path ("visit.totalCost"), and a refusal the schemas made also carries `reason`
 * (the message without the field's name, "必须填写") and `path` (the same place as a list, array indexes as numbers),
 * so a page puts the reason beside the box without cutting the message apart.
 */
export interface ErrorBody<C extends string = string> {
  ok: false;
  code: C;
  message: string;
  field?: string;
  reason?: string;
  path?: (string | number)[];
}
