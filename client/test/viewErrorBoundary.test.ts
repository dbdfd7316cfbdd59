import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorAlert } from '../src/ui/ErrorAlert';
import { ViewErrorBoundary } from '../src/ui/ViewErrorBoundary';
import { ViewFailed } from '../src/ui/ViewFailed';
import { failedView, retriedView, workingView } from '../src/ui/viewFailure';

// jsdom is not installed, so React cannot mount a boundary here and make a child throw: these test
// its parts (the state it moves through, what it renders); the e2e suite is where a view fails for real.
describe("a board view's error boundary", () => {
  it('shows the view, then its failure, then the view mounted afresh on a retry', () => {
    expect(workingView).toEqual({ failed: false, attempt: 0 });
    const failed = { ...workingView, ...ViewErrorBoundary.getDerivedStateFromError() };
    expect(failed).toEqual({ failed: true, attempt: 0 });
    expect(failedView()).toEqual({ failed: true });
    const retried = retriedView(failed);
    expect(retried).toEqual({ failed: false, attempt: 1 });
    expect(retriedView({ ...retried, ...failedView() }).attempt).toBe(2);
  });

  it('renders the view itself while nothing has failed', () => {
    const markup = renderToStaticMarkup(createElement(ViewErrorBoundary, { label: 'Vote', children: createElement('p', null, 'the ballot') }));
    expect(markup).toBe('<p>the ballot</p>');
  });

  it('says which view stopped, as an alert, with a retry and a reload', () => {
    const markup = renderToStaticMarkup(createElement(ViewFailed, { label: 'Vote', onRetry: () => undefined }));
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('The Vote view stopped working');
    expect(markup).toContain('>Try again</button>');
    expect(markup).toContain('>Reload the page</button>');
  });
});

describe('the one error message component', () => {
  it('is an alert, with a dismiss button only when it can be dismissed', () => {
    const plain = renderToStaticMarkup(createElement(ErrorAlert, { children: 'Refused.' }));
    expect(plain).toBe('<div class="alert alert--error" role="alert"><div class="alert__body">Refused.</div></div>');
    const floating = renderToStaticMarkup(createElement(ErrorAlert, { className: 'move-refused', onDismiss: () => undefined, children: 'That move was not made.' }));
    expect(floating).toContain('class="alert alert--error move-refused"');
    expect(floating).toContain('>Dismiss</button>');
  });
});
