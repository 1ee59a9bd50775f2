/**
 * The region whose 门诊慢特病 list shared/catalogue holds (004 第四章 三问、五问): the catalogue pages show it, and an
 * estimate opened from it is for that region.
 */
export const CATALOGUE_REGION = 'bazhong';
