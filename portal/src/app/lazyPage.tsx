import { Suspense, lazy, type ComponentType } from 'react';
import { PageLoader } from './PageLoader';

/**
 * A route element whose code is fetched when the route is first opened, so
 * the first load carries only the shell (see the bundle budget in README).
 */
export function lazyPage<Name extends string>(
  load: () => Promise<{ [K in Name]: ComponentType<object> }>,
  name: Name,
  label = 'Loading…',
) {
  const Page = lazy(async (): Promise<{ default: ComponentType<object> }> => ({ default: (await load())[name] }));
  return (
    <Suspense fallback={<PageLoader label={label} />}>
      <Page />
    </Suspense>
  );
}
