import { lazy, type ComponentType } from 'react';

/**
 * A view whose code is fetched the first time it is shown (its own chunk in the build), so a phone
 * on school wifi downloads the Council or the canvas only if someone opens it. Rendered inside a
 * Suspense boundary (the page's loading state) and the view's error boundary. React keeps a failed
 * load's error for good, so after one (the wifi dropped before the service worker had the chunk)
 * the next render starts a fresh load: the error boundary's "Try again" really tries again.
 */
export function lazyView<Module, Props extends object = object>(load: () => Promise<Module>, pick: (module: Module) => ComponentType<Props>): ComponentType<Props> {
  const loadView = () =>
    load().then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        current = lazy(loadView);
        throw error;
      },
    );
  let current = lazy(loadView);
  return function LazyView(props: Props) {
    const View = current;
    return <View {...props} />;
  };
}
