// Built by `npm run build:functions` into index.js (self-contained, no SDK): see scripts/build-functions.js.
import { computeMain } from '../../server/cloud/compute';
import { waitingFunction } from '../../server/functions/waiting';

export const main = computeMain(waitingFunction);
