export { yearGet } from './get';
export { yearSync } from './sync';
export { yearRecordId, memberYearRecordIds } from './access';
