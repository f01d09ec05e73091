// The status line every screen and panel reports to (App.tsx shows it): its own module, so that
// they need not import the App that imports them.
export interface Status {
  info(text: string): void;
  error(e: unknown): void;
}
