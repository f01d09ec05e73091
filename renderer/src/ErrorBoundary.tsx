// A render error anywhere below unmounts React's whole tree, which leaves a blank page with no top
// bar: the worst thing a secretary can see in the middle of a leader's speech. Caught here instead,
// with what she needs to know (her documents are stored, not lost) and one way on (重新载入). Around
// a screen, the top bar stays and another tab works too; around the app, the page is the last resort.
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Around a single screen: the top bar above still works, so say that it does. */
  screen?: boolean;
  /** A change of it (another screen chosen) shows the children again after a failure. */
  resetKey?: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // For the developer's console (and the e2e's page log), never for the page.
    console.error('文稿台界面出错', error);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="crashed" role="alert">
        <h2>界面出了点问题，这一页没能显示出来</h2>
        <p className="ok">已保存的文稿和自动保存的版本都在本机，没有丢失。</p>
        <p>{this.props.screen ? '可以点上方的「文稿」回到文稿列表，或重新载入页面后继续。' : '请重新载入页面后继续。'}</p>
        <button className="primary" onClick={() => location.reload()}>
          重新载入
        </button>
      </div>
    );
  }
}
