import { useEffect, useState } from 'react';

/** A tablet-sized window (1024 px or less): the menu folds to its icons so the tables keep their width. */
const QUERY = '(max-width: 1024px)';

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(QUERY).matches);
  useEffect(() => {
    const list = window.matchMedia(QUERY);
    const onChange = () => setNarrow(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return narrow;
}
