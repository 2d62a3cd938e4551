/** How this console signs in: the gateway serves /console-config.json (CONSOLE_* settings, docs/console.md). */
export type ConsoleConfig = { signIn: 'demo'; logins: DemoLogin[] } | { signIn: 'oidc'; authority: string; clientId: string; scope: string };

export interface DemoLogin {
  login: string;
  name: string;
  description: string;
  token: string;
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/console-config.json: HTTP ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
