/** 广西壮族自治区残疾退役军人医疗保障实施办法 (001): the region's one document; every citation of the region names it. */
export const DOC = '001_67989e468fe6913d.txt';
