/** Where one uploaded photo can be shown from, for a few minutes (server/applications/material-read.ts). */
export interface MaterialLink {
  id: string;
  item: string;
  url: string;
  expiresAt: string;
}

export interface MaterialLinks {
  links: MaterialLink[];
}
