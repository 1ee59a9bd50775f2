/** 阳城县优抚对象医疗保障实施细则 (000): the region's one document; every citation of the region names it. */
export const DOC = '000_22e2e209a52c8b7a.txt';
