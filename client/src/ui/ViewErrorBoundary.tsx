import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { failedView, retriedView, workingView, type ViewFailureState } from './viewFailure';
import { ViewFailed } from './ViewFailed';

interface Props {
  /** The view's name as its tab says it, for the message. */
  label: string;
  children: ReactNode;
}

/**
 * Keeps a view that throws while rendering (a record it did not expect, a bug) from blanking the
 * whole board: the header, tabs and people stay, and the view's place says what happened and
 * offers a retry. Errors in event handlers are not caught here; the board-write path handles those.
 */
export class ViewErrorBoundary extends Component<Props, ViewFailureState> {
  override state: ViewFailureState = workingView;

  static getDerivedStateFromError(): Pick<ViewFailureState, 'failed'> {
    return failedView();
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`the ${this.props.label} view failed`, error, info.componentStack);
  }

  private readonly retry = () => this.setState(retriedView);

  override render() {
    if (this.state.failed) return <ViewFailed label={this.props.label} onRetry={this.retry} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
