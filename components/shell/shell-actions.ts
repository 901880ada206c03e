/** The server actions every page's header runs (app/actions.ts), handed down by the layouts. */
export type ShellActions = {
  changeLocale: (locale: string) => Promise<unknown>;
  signOut: () => Promise<unknown>;
};
