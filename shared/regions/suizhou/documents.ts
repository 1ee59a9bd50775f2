/** 随州市/随县城乡居民医保政策宣讲 (002): the region's one document; every citation of the region names it. */
export const DOC = '002_711c23464f3dfc1b.txt' as const;
