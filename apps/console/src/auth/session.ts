/**
 * The signed-in user's bearer token, kept for this browser tab only (sessionStorage): closing the tab signs out,
 * and another tab signs in on its own.
 */
const TOKEN_KEY = 'houqin.token';

export const session = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  signIn(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  signOut(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};
