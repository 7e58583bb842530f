import { useEffect } from 'react';

/** Sets the document title, so a tab, history and a screen reader name the page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} · KeyBS Developers`;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
