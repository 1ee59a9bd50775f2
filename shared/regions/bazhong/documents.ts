/** 巴中市医保政策宣传手册 (004): the region's one document; every citation of the region names it. */
export const DOC = '004_6dc5632ce2988a73.txt' as const;
