import { Component, type ErrorInfo, type ReactNode } from 'react';
import { UnexpectedErrorPage } from './StatusPages';

interface Props {
  children: ReactNode;
  fallback?: ReactNode;
}

/** Catches render errors below it so one broken widget does not blank the whole page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Render error', error, info.componentStack);
  }

  render() {
    if (this.state.failed) return this.props.fallback ?? <UnexpectedErrorPage />;
    return this.props.children;
  }
}
