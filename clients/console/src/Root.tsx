import { useCallback, useState } from 'react';
import { Provider } from 'urql';
import { createKakanaiClient } from './api/client';
import { App } from './App';

/**
 * Owns the GraphQL client. Logging in or out replaces it, so nothing cached for one session
 * (a shared counter PC) survives into the next.
 */
export const Root = () => {
  const [session, setSession] = useState(() => ({ generation: 0, client: createKakanaiClient() }));
  const renewSession = useCallback(() => {
    setSession((s) => ({ generation: s.generation + 1, client: createKakanaiClient() }));
  }, []);

  return (
    <Provider value={session.client}>
      <App key={session.generation} onSessionChange={renewSession} />
    </Provider>
  );
};
