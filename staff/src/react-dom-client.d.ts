// @types/react-dom is not installed (the mini-program never needs it): the one entry the console calls, as React 18 documents it.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
